"""Event types, weapons and casualty counts over single sentences from several conflicts."""
from __future__ import annotations

import pytest

from geomap.extract.events import casualties, event_spans, event_type, weapons
from geomap.text.numbers import parse_number


@pytest.mark.parametrize("sentence,expected", [
    # Ukraine-Russia
    ("Russian troops shelled Kupiansk with artillery and multiple rocket launchers overnight.", "shelling"),
    ("A Shahed drone strike hit an energy facility in Odesa, the regional governor said.", "drone_strike"),
    ("Russia launched 40 Shahed drones at Kyiv overnight.", "drone_strike"),
    ("Ukrainian and Russian units clashed near Robotyne on Tuesday.", "armed_clash"),
    ("The bishop accused militiamen of massacring refugees in a church.", "shooting"),
    ('"Ramadi has fallen," the spokesman said.', "positions_captured"),
    ("He said the city had been completely taken by the militants.", "positions_captured"),
    ("Militants held all of Ramadi on Monday.", "positions_captured"),
    ('"Firmly in control of Woldia," the rebel spokesman wrote.', "positions_captured"),
    ("The rebels say they now hold Woldia, a day after claiming the nearby town of Hayk.", "positions_captured"),
    ("Russian forces captured the village of Krasnohorivka, Moscow said.", "positions_captured"),
    # Israel-Lebanon / Hezbollah
    ("Israeli warplanes struck Hezbollah positions near Nabatieh.", "airstrike"),
    ("Hezbollah fired a barrage of Katyusha rockets at northern Israel.", "shelling"),
    ('The Houthis said they had launched "a number of ballistic missiles" at targets in Eilat.', "shelling"),
    ("Forces loyal to the Tigray People's Liberation Front (TPLF) entered Lalibela yesterday afternoon.",
     "positions_captured"),
    ("The TPLF said its fighters were firmly in control of Kombolcha, including the town's airport.",
     "positions_captured"),
    ("Israeli artillery fire hit the outskirts of Khiam.", "shelling"),
    # India-Pakistan
    ("Pakistani troops violated the ceasefire along the Line of Control in Poonch, Indian officials said.",
     "ceasefire_violation"),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "armed_clash"),
    ("The two groups exchanged intermittent fire at the zero line from morning until the afternoon.", "armed_clash"),
    ("Soldiers and smugglers exchanged sporadic fire near the river.", "armed_clash"),
    # Sudan SAF-RSF
    ("The RSF said it had seized the army's headquarters in Wad Madani.", "positions_captured"),
    ("Sudanese army warplanes bombed RSF positions in Nyala.", "airstrike"),
    ("Heavy fighting between the SAF and the RSF was reported in Omdurman.", "armed_clash"),
    # Ethiopia / Tigray
    ("Tigrayan forces recaptured Mekelle after months of war.", "positions_captured"),
    ("Government troops on Friday took Kilinochchi, the rebels' de facto capital.", "positions_captured"),
    ("Rebels have taken Bunia, witnesses said.", "positions_captured"),
    ("Ukrainian soldiers entered the southern city of Kherson on Friday.", "positions_captured"),
    ("Rebel fighters swept into Goma overnight.", "positions_captured"),
    ("The website said the army had walked into an almost empty Kilinochchi.", "positions_captured"),
    ("There was a huge bang and glass fell everywhere, a fruit seller said.", "bombing"),
    ("Government troops moved into the town of Bentiu on Friday.", "positions_captured"),
    ("The army spokesman said the rebels had pushed into Goma after ignoring warnings.", "positions_captured"),
    ("Government troops advanced into the town of Kidal on Sunday.", "positions_captured"),
    ("The rebel coalition broke into Bangui early on Sunday.", "positions_captured"),
    ("\"We have taken the presidential palace,\" the rebel spokesman said.", "positions_captured"),
    ("About 200 police officers backed by armoured vehicles moved into Jacarezinho early on Thursday.", "armed_clash"),
    ("The mayor was in a meeting with officials when the attackers burst in, the council said.", "armed_clash"),
    ("According to reports, a fierce fight broke out between the al-Adl group and security forces in the cities "
     "of Chabahar and Rask.", "armed_clash"),
    # Northern Ireland: an explosive called only "the device"
    ("The device was thrown at a PSNI vehicle on the Oldpark Road on Wednesday night.", "bombing"),
    ("Two civilians were killed in Shire, hospital staff said.", "casualties"),
    # Armenia-Azerbaijan
    ("Azerbaijan accused Armenian saboteurs of mining the roads near Lachin.", "mining_sabotage"),
    ("Armenian sappers found landmines planted near Sotk.", "mining_sabotage"),
    ("A mine exploded under a military truck near Kalbajar.", "mining_sabotage"),
    ("Azerbaijani units opened fire on Armenian positions near Verin Shorzha.", "armed_clash"),
    ("Armenia said Azerbaijan breached the truce near Jermuk.", "ceasefire_violation"),
    # battles and gunfights are clashes
    ("The gunbattle near Sopore lasted four hours.", "armed_clash"),
    ("The army engaged the rebels in fierce battles on the road to Gao.", "armed_clash"),
    ("Troops battled with insurgents outside Marawi for a second day.", "armed_clash"),
    ("A gunfight broke out in the hills of Bandarban.", "armed_clash"),
    ("Tajik soldiers occupied the school in the village of Dostuk.", "positions_captured"),
    ("Local media reported that the rebels now control Minbya and Kyauktaw townships.", "positions_captured"),
    ("Police fatally shot a man who entered the station with a knife.", "shooting"),
    # military euphemisms for killing
    ("Five PKK members were neutralized in the Hakurk region, the ministry said.", "casualties"),
    ("Russian forces liquidated up to 40 Ukrainian servicemen near Robotyne.", "casualties"),
    ("Troops eliminated three terrorists in North Waziristan.", "casualties"),
    ("Three men were arrested over the murder of an aid worker in Kismayo.", "casualties"),
    ("Gunmen shot three nurses in Peshawar on Monday.", "shooting"),
    ("Militants stoned to death one civilian after accusing him of adultery.", "shooting"),
    ("About 20 projectiles were identified crossing from Lebanon into Israeli territory around Safed.", "shelling"),
    ("In the early hours of Saturday, rifle bursts were heard in Guapi.", "shooting"),
    # a bare strike is a weapon's (air, missile or drone unsaid); what was hit names an attack
    ("The Israeli military confirmed the strike on the compound.", "airstrike"),
    ("A Russian strike on Zaporizhzhia wounded a child.", "airstrike"),
    ("The strike came from the occupied Golan Heights.", "airstrike"),
    ("The army said it had hit a command centre of the group.", "armed_clash"),
    ("A Turkish drone targeted their vehicle on Mount Sinjar.", "drone_strike"),
    ("The army said it struck a command room set up at a school.", "armed_clash"),
    ("Troops targeted two buildings used by the group.", "armed_clash"),
    ("Air defence systems destroyed 23 unmanned aerial vehicles over the region overnight.", "drone_strike"),
    ("The rebels launched two unmanned aircraft at the airport.", "drone_strike"),
    ("An unmanned combat vehicle struck a checkpoint near the dam.", "drone_strike"),
    ("The terrorists invaded a military camp on the northern axis of the town.", "armed_clash"),
    ("Militants overran an army outpost near the border.", "armed_clash"),
    ("Troops effectively engaged the terrorists' location, the military said.", "armed_clash"),
    # a "sabotage and reconnaissance group" is a unit, not sabotage
    ("A sabotage and reconnaissance group entered the village and took people hostage.", "abduction"),
    ("Saboteurs carried out an act of sabotage on the railway.", "mining_sabotage"),
    # a place hit with a weapon names the weapon's attack
    ("The occupiers hit Kherson with Grad multiple-launch rocket systems overnight.", "shelling"),
    ("Russian forces struck the village with FPV drones.", "drone_strike"),
    ("The enemy attacked Kupiansk with guided aerial bombs.", "airstrike"),
    ("Russia struck the village with the Tornado-S multiple rocket launch system.", "shelling"),
    ("The Azerbaijani Armed Forces attempted to violate the state border near Chinari.", "armed_clash"),
    ("Federal forces and Fano militiamen fought for control of Lalibela on Sunday.", "armed_clash"),
    ("The rebels fought with government troops near Goma.", "armed_clash"),
    # a town, village or neighbourhood struck is attacked, whoever struck it
    ("Russia struck the village of Pisky overnight, the governor said.", "armed_clash"),
    ("Militants hit the town of Dessie before dawn.", "armed_clash"),
    ("The army targeted residential neighbourhoods in the south.", "armed_clash"),
    # fire told by who fired it or by who beat it off, and arms damaged
    ("Pakistani forces repelled “unprovoked fire” from Afghan troops in a border region on Tuesday.", "armed_clash"),
    ("The post came under heavy fire from the militants' side.", "armed_clash"),
    ("Border guards damaged two tanks and a command post of the enemy.", "armed_clash"),
    ("The prime minister said the rebels had committed mass killings in the area.", "casualties"),
    # a town that fell to an armed force is taken (a toll or a body that fell is not)
    ("A local activist said the town fell to the rebels on Sunday night.", "positions_captured"),
    ("The district fell into the hands of the Taliban.", "positions_captured"),
    ("\"The whole province has fallen into our hands,\" the rebel spokesman wrote.", "positions_captured"),
    ("The rebels announced the capture of the army base at dawn.", "positions_captured"),
    ("Government troops drove the rebels out of Tubmanburg on July 19.", "positions_captured"),
    ("Troops forced the insurgents from their positions near the town.", "positions_captured"),
    ('Most of the city was "in the hands of terrorists", the ministry said.', "positions_captured"),
    ("The Taliban launched four assaults on the police headquarters.", "armed_clash"),
    ("The RSF reported 43 civilian deaths in the city.", "casualties"),
    # mortars or artillery traded between two sides are shelling
    ("Sporadic exchange of mortars continued until Saturday, military officials said.", "shelling"),
    ("The two sides exchanged artillery across the river overnight.", "shelling"),
    # a quotation opening between the aircraft and their verb
    ('A military statement said that aircraft "struck a Hezbollah weapons storage facility in the area of Bint Jbeil."',
     "airstrike"),
    # a district that fell or collapsed, buildings taken
    ("The Taliban said on Monday that the district had fallen.", "positions_captured"),
    ("Our mujahideen have taken the police and administrative buildings.", "positions_captured"),
    # a side that admitted losing a town
    ("South Sudan's army admitted losing Bor, the capital of Jonglei state, to rebels.", "positions_captured"),
    # attackers who forced their way in
    ("Between 1,500 and 2,000 armed youths forced their way into the compound early Thursday.", "armed_clash"),
    # drones that destroyed or killed
    ("On the same day, GNA drones destroyed two air defence systems near the city of Sirte.", "drone_strike"),
    ("Turkish drones killed five fighters near Qamishli on Sunday.", "drone_strike"),
    # the words a group uses of a suicide attack
    ('A fighter had carried out a "martyrdom operation" against an army checkpoint.', "bombing"),
    ("The attacker had blown himself up at the gate.", "bombing"),
    # rockets that came down
    ("The rockets came down shortly after 1pm yesterday on a busy street in the centre of the town.", "shelling"),
    ("Two mortar bombs crashed down on the market on Sunday.", "shelling"),
])
def test_event_type(sentence, expected):
    assert event_type(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He admitted losing Monday's vote.",                    # a day lost is no town
    "The town has collapsed under the weight of refugees.",  # nor a town that collapsed
    "The governor told residents to pay attention to air raid alerts.",
    "Air raid sirens sounded across the capital overnight.",
    "He fell to the ground.",
    "Support for the government fell to 30 percent.",
    "The talks in Jeddah ended without agreement.",
    "Prime Minister Nikol Pashinyan met Ilham Aliyev in Brussels.",
    "The fire from the kitchen spread to the roof of the market.",
    "The minister responded to fire safety questions in parliament.",
    "Ethiopia's parliament approved the budget on Thursday.",
    # events prevented, threatened or hypothetical did not happen
    "Security forces had prevented an attack on a mosque earlier this month.",
    "The group threatened to attack the capital.",
    "The army said it would shell any position near the border.",
    "Police foiled a bomb plot in the city.",
    # ...and what failed, or is only being attempted, did not happen either
    "The rebels failed to capture the town of Babanusa.",
    "The militia is accused of attempting to seize control of the region.",
    "Residents fled ahead of an impending offensive on the city.",
    "Officials warned of an imminent attack on the capital.",
    # ...nor do strikes a side threatens or calls for
    "The government called on NATO to carry out its threat of air strikes against the guns.",
    "Opposition leaders called for air strikes on the rebels' positions.",
    "The governor lost a legal battle over the budget.",
    "She battled cancer for years.",
    "She fought cancer for years.",
    "They fought over the election results in parliament.",
    "The team was eliminated from the tournament in Doha.",
    # a strike that is labour's, not a weapon's
    "Workers went on strike in Lagos on Monday.",
    "A general strike paralysed Kathmandu.",
    "Teachers voted for strike action in Leeds.",
    # who is called to a scene, and threats, are no explosion
    "SWAT sharpshooters and the city police bomb squad were called to the scene.",
    "A bomb threat forced the evacuation of the station.",
    "Explosives experts examined the car.",
    # a count of events over time is no event
    "Attacks on security forces have increased in Waziristan since the spring.",
    "Kidnappings have surged in the northwest this year.",
    "Despite these deployments, jihadist attacks have continued.",
    # what would happen on a condition, and a state of control, are no event
    "He warned Russian soldiers that if they attack the site they will become a special target.",
    "The site lies in the now Russian-controlled city of Enerhodar.",
    "A security alert was sparked at around 10pm after a telephone bomb warning was made.",
    "The fight against corruption in Kabul continues.",
    # protection against attacks in general is no attack
    "The minister visited Wajir on Tuesday to assure locals of government support against Al-shabaab attacks.",
    "Residents called for better security against bandit attacks on the highway.",
    # a place spared attacks saw none
    "Areas outside the capital had until now been spared from grenade attacks.",
    "The market town has so far been spared the shelling.",
    # staying out of a fight is no part in it
    "France flew in extra troops to protect its nationals but said they would not intervene in the fighting.",
    # people captured are arrested, not ground taken
    "The Security Media Cell said on Monday that 21 IS members had been captured in Diyala.",
    "Police announced the capture of the fugitive gang leader.",
    "He drove his car out of Tubmanburg.",
    "Soldiers took Reuters reporters on a tour of the base.",
    "Soldiers entered the house and arrested him.",
    "Officers moved into new offices in the capital.",
    "The group said an \"elite strike unit\" had carried out the operation.",
    # what befell no one is no toll
    "One of its helicopters crashed in Kidal during a routine mission, without casualties.",
    "The inquiry is in the hands of the prosecutor.",
    "Two engineers were seized on Monday while travelling to the dam.",
    "Oil prices had fallen sharply by Monday.",
    "The supplies were taken by helicopter to the capital.",
])
def test_no_event(sentence):
    assert event_type(sentence) is None


def test_more_specific_type_wins():
    # A drone strike is also an attack; the drone strike must win.
    assert event_type("A Ukrainian drone attack hit an oil depot in Sevastopol, killing one.") == "drone_strike"
    assert event_type("Israeli air strikes on Bint Jbeil killed three Hezbollah fighters.") == "airstrike"


def test_event_spans_point_into_the_sentence():
    s = "Israeli warplanes struck Aita al-Shaab, and Hezbollah fired rockets at Kiryat Shmona."
    spans = event_spans(s)
    assert spans == sorted(spans)
    kinds = {k for _, _, k in spans}
    assert {"airstrike", "shelling"} <= kinds
    for start, end, _ in spans:
        assert s[start:end].strip() == s[start:end] and s[start:end]


@pytest.mark.parametrize("sentence,expected", [
    ("Russian troops shelled Kherson with artillery and Grad rockets.", {"artillery", "rockets"}),
    ("RSF fighters attacked El Fasher with mortars and drones.", {"mortars", "drones"}),
    ("Sniper fire wounded an Indian soldier in Uri.", {"sniper fire"}),
    ("Azerbaijani forces used large-calibre machine guns and grenade launchers.",
     {"large-calibre firearms", "small arms", "grenade launchers"}),
    ("Israeli fighter jets and helicopters struck Marjayoun.", {"air strikes"}),
    ("Tigrayan fighters destroyed two tanks near Alamata.", {"tanks"}),
    ("The SAF denied the claim.", set()),
])
def test_weapons(sentence, expected):
    assert set(weapons(sentence)) == expected


# ------------------------------------------------------------------ casualties

@pytest.mark.parametrize("text,expected", [
    ("14", (14, 14, 14)), ("1,200", (1200, 1200, 1200)), ("two", (2, 2, 2)), ("Twenty-three", (23, 23, 23)),
    ("ninety nine", (99, 99, 99)), ("a dozen", (12, 12, 12)), ("an", (1, 1, 1)), ("banana", None),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


def test_dozens_is_a_range():
    low, best, high = parse_number("dozens")
    assert 12 < low <= best < high


def test_killed_and_others_wounded():
    c = casualties("Two soldiers were killed, and 14 others wounded, Armenia's defence ministry said.")
    assert (c.killed_low, c.killed_best, c.killed_high, c.wounded) == (2, 2, 2, 14)
    assert "soldier" in c.who


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("Residents said the bodies of 21 protesters killed during the clashes were handed over.", 21, None),
    ("The ministry said nine people, including a police officer, were killed and 25 were wounded.", 9, 25),
    ("Police said the blast killed 12 worshippers at the mosque.", 12, None),
])
def test_protesters_worshippers_and_a_toll_with_an_aside_are_counted(sentence, killed, wounded):
    c = casualties(sentence)
    assert (c.killed_best, c.wounded) == (killed, wounded)


def test_two_sides_summed_with_a_range():
    c = casualties("The fighting left at least 49 Ukrainian and 50 Russian soldiers dead, officials said.")
    assert c.killed_best == 99 and c.killed_low == 99
    assert c.killed_high > 99                      # "at least": the truth may be higher
    assert c.wounded is None


def test_a_conscript_was_killed():
    c = casualties("An Azerbaijani conscript was killed by sniper fire near Lachin.")
    assert c.killed_best == 1 and "conscript" in c.who


def test_dozens_of_civilians():
    c = casualties("Dozens of civilians were killed when the RSF attacked El Geneina.")
    assert c.killed_low < c.killed_best < c.killed_high
    assert c.killed_low >= 13
    assert c.who == "civilians"


def test_more_than_a_dozen_injured():
    c = casualties("More than a dozen people were injured in the Israeli strike on Nabatieh.")
    assert c.wounded == 13 and c.killed_best is None


def test_verb_first_killing_three_civilians():
    c = casualties("A Russian missile hit a market in Kostiantynivka, killing three civilians.")
    assert c.killed_best == 3 and c.who == "civilians" and c.wounded is None


def test_verb_first_killed_and_wounded_without_a_noun():
    c = casualties("The shelling, which began at 5 p.m., killed 4 people and wounded 11.")
    assert (c.killed_best, c.wounded) == (4, 11)


def test_demonym_plural_as_victims():
    c = casualties("Israeli strikes killed 12 Lebanese and wounded 40 others.")
    assert (c.killed_best, c.wounded) == (12, 40)


def test_singular_victims_with_an_article():
    assert casualties("An Indian army porter was killed and two soldiers were injured.").killed_best == 1
    assert casualties("The blast near Mekelle killed a shepherd.").killed_best == 1
    assert casualties("The RSF shelling killed a 10-year-old boy in El Obeid.").killed_best == 1


def test_an_article_without_a_person_is_no_count():
    c = casualties("The Israeli strike killed a cow in Kfar Kila.")
    assert c.killed_best is None


def test_number_word_tens():
    c = casualties("Twenty-three civilians died in the attack on the camp in Tigray.")
    assert c.killed_best == 23


def test_nothing_reported():
    c = casualties("No casualties were reported after the exchange of fire in Kupwara.")
    assert c.killed_best is None and c.wounded is None


@pytest.mark.parametrize("sentence", [
    "The war in Donbas, which has raged since 2014, escalated at 5 p.m. on Sunday.",
    "The clash in Tavush began at 17:30 and lasted until 2005 GMT.",
    "Brigade 25 was redeployed to Kherson in 2022.",
    "Hezbollah said Route 4 was cut near Tyre.",
])
def test_no_false_casualties_from_dates_times_years(sentence):
    c = casualties(sentence)
    assert c.killed_best is None and c.wounded is None


def test_date_before_a_verb_is_not_a_count():
    c = casualties("Sudanese army shelling on May 12 killed two.")
    assert c.killed_best == 2


def test_year_before_a_verb_is_not_a_count():
    c = casualties("Fighting since 2014 killed 14,000 people in eastern Ukraine.")
    assert c.killed_best == 14000


def test_day_month_before_a_count():
    c = casualties("The RSF attack on 12 June killed 40 villagers in Darfur.")
    assert c.killed_best == 40 and c.who == "villagers"


def test_full_date_before_a_count():
    c = casualties("On Sept. 13, 2022, 49 Armenian soldiers were killed, Yerevan said.")
    assert c.killed_best == 49


def test_shooting_down_an_aircraft_is_an_event():
    assert event_type("Air defences shot down a passenger jet near the capital.") is not None
    assert event_type("Rebels said they downed a military helicopter over the valley.") is not None
    assert event_type("Prices came down sharply in the market.") is None


def test_stabbing_in_any_form_and_violence_breaking_out_are_events():
    assert event_type("He began to stab passers-by outside the station.") == "shooting"
    assert event_type("A man stabs two guards at the gate.") == "shooting"
    assert event_type("New violence broke out in the city on Friday.") == "armed_clash"
    assert event_type("The minister spoke about violence against women.") is None


@pytest.mark.parametrize("sentence, kind", [
    ("At 03:04 on August 24, the Russian army struck Kutsurub community, damaging houses.", "armed_clash"),
    ("Russian invaders struck Vovchansk, Kharkiv region, damaging a medical facility.", "armed_clash"),
    ("The storm hit Odesa on Monday.", None),
])
def test_forces_striking_a_named_place_is_an_attack(sentence, kind):
    assert event_type(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "The ministry said that more than 30 Ukrainian service members had been eliminated in the Kherson direction.",
    "Two D-30 howitzers were destroyed in the Kherson direction, the ministry said.",
    "The ministry said its missiles had destroyed weapons and equipment of reserves arriving at Lozova station.",
])
def test_fighters_eliminated_and_guns_destroyed_are_armed_action(sentence):
    assert event_type(sentence) == "armed_clash"


def test_drones_destroyed_in_the_passive_are_a_drone_event():
    assert event_type("The drones were destroyed over the regions of Voronezh and Bryansk, the ministry said.") \
        == "drone_strike"


@pytest.mark.parametrize("sentence, kind", [
    ("Another encounter has broken out in the Kulgam area, police said.", "armed_clash"),
    ("Two militants were killed in an encounter with security forces in Shopian.", "armed_clash"),
    ("An encounter between Maoists and the district reserve guard took place near Bijapur.", "armed_clash"),
    ("It was a chance encounter at the market.", None),
    ("Troops encountered stiff resistance.", None)])
def test_an_encounter_in_south_asian_usage_is_a_gunfight(sentence, kind):
    assert event_type(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "A group of unidentified assailants targeted the border guards at a station in the city.",
    "Unknown assailants targeted soldiers on the highway.",
    "The attacks have killed 12 people.",
])
def test_attacks_on_people_and_their_toll_are_events(sentence):
    assert event_type(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "It had received information that a vessel had been targeted around 60 nautical miles off the port.",
    "A tanker was struck by two missiles in the Gulf of Aden.",
])
def test_a_vessel_attacked_or_hit_by_missiles_is_an_event(sentence):
    assert event_type(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The soldiers were on patrol when they shot back at the unidentified assailants.",
    "Officers returned fire after coming under attack.",
])
def test_shooting_back_is_an_exchange_of_fire(sentence):
    assert event_type(sentence) == "armed_clash"


@pytest.mark.parametrize("sentence, kind", [
    ("A Russian missile strike on Kharkiv killed two people.", "shelling"),
    ("The rocket strikes were carried out by militias.", "shelling"),
    ("An artillery strike hit the town.", "shelling"),
    ("Israeli strikes on Gaza killed 20 people.", "airstrike"),
    ("A drone strike killed three militants.", "drone_strike"),
])
def test_a_strike_by_missile_rocket_or_gun_is_shelling_a_bare_strike_from_the_air(sentence, kind):
    assert event_type(sentence) == kind


def test_a_place_hit_with_drones_after_a_long_description_is_a_drone_strike():
    assert event_type("Russian forces pounded the northeastern Ukrainian city of Sumy with drones and glide bombs "
                      "overnight, killing three people.") == "drone_strike"


def test_a_takeover_of_a_town_is_ground_taken_and_a_takeover_of_a_company_is_nothing():
    from geomap.extract.events import event_type
    assert event_type("The group's takeover of the town bore the hallmarks of genocide.") == "positions_captured"
    assert event_type("Since the RSF takeover of El Fasher in October, thousands have fled.") == "positions_captured"
    assert event_type("Shareholders rejected a hostile takeover of the company.") is None


@pytest.mark.parametrize("text, kind", [
    ("At least 28 gang members were killed and hundreds of munitions seized, police said.", "casualties"),
    ("Troops seized a cache of weapons in Kidal on Monday, the army said.", None),
    ("Rebels captured Rubaya on Monday, residents said.", "positions_captured"),
])
def test_weapons_seized_are_no_positions_captured(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize("text", ["The group said its fighters had captured two soldiers near the fence.",
                                  "Rebels seized three aid workers on the road to Goma."])
def test_people_captured_are_an_abduction_not_ground_taken(text):
    assert event_type(text) == "abduction"


def test_a_rule_held_for_years_is_no_ground_taken():
    assert event_type("Hamas has been in control of Gaza since 2007.") is None


@pytest.mark.parametrize("text", ["Eight workers were found slain on Thursday in a rural area.",
                                  "Dozens of villagers were slaughtered overnight."])
def test_the_slain_and_slaughtered_are_casualties(text):
    assert event_type(text) == "casualties"


@pytest.mark.parametrize("text, kind", [
    ("The group says it is fighting a revolution against a corrupt government.", None),
    ("The rebels say they are fighting for independence.", None),
    ("Heavy fighting for the town continued, the army said.", "armed_clash"),
])
def test_fighting_for_a_cause_is_no_clash(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Seven armed men burst into the parliamentary chamber shortly before 11 a.m. on Friday.", "armed_clash"),
    ("Masked men barged into a church during Sunday mass.", "armed_clash"),
    ("The car burst into flames outside the shop.", None),
    ("Relatives burst into tears at the funeral.", None),
])
def test_armed_men_bursting_into_a_place_is_an_attack(sentence, kind):
    assert event_type(sentence) == kind


@pytest.mark.parametrize("text, kind", [
    # a town a side's men took, declared won, now hold or lost is ground taken
    ("his men had taken Kutum on Saturday", "positions_captured"),
    ("two men took Ahmed to hospital", None),
    ("the commander declared victory over Islamist fighters in the city of Derna", "positions_captured"),
    ("we announce the liberation of the dear city of Derna", "positions_captured"),
    ("the army declared Mosul liberated", "positions_captured"),
    ("the rebels announced the \"liberation\" of Goma", "positions_captured"),
    ("his forces now control the last stronghold of the rebels", "positions_captured"),
    ("a statement from the Popular Front for the Liberation of Palestine", None),
    ("the president declared victory in the election", None),
    ("he acknowledged that government troops were now in Kurmuk", "positions_captured"),
    ("the rebels admit they have lost the town", "positions_captured"),
    ("the army lost control of Kidal", "positions_captured"),
    ("the minister was now in Kampala for talks", None),
    # fighting a side's men, or foiling its attack, is a clash
    ("commandos landed by helicopter and fought Hezbollah guerrillas for several hours", "armed_clash"),
    ("its fighters had foiled the landing", "armed_clash"),
    ("troops beat back an assault on the base", "armed_clash"),
    ("he fought cancer for years", None),
    ("they fought the ruling in court", None),
    # a town that was hit, struck or targeted was attacked
    ("Limbe itself was hit last week", "armed_clash"),
    ("Kharkiv was struck again overnight", "armed_clash"),
    ("the town was hit hard by sanctions", None),
    ("It was hit twice", None),
    # full control taken, and a named site taken over, are ground taken
    ("government troops took full control of Kismayo port on Friday", "positions_captured"),
    ("the rebels had taken over the Baiji oil refinery overnight", "positions_captured"),
    # state media's "restored security" to a town is ground taken; restored power is not
    ("army units had \"restored security and stability\" to Kafr Nabudah", "positions_captured"),
    ("engineers restored electricity to Aleppo", None),
    # armed men who fought or battled somewhere clashed there; firefighters who battled did not
    ("guerrillas of the ELN and FARC dissidents fought in rural areas of Tame", "armed_clash"),
    ("the two factions battled for hours near the market", "armed_clash"),
    ("firefighters battled in the town for hours", None),
    # a town that fell is ground taken; one that fell silent is not
    ("he said the town had in fact fallen late Sunday", "positions_captured"),
    ("the town fell silent after dark", None),
    # a toll told without "death" is of casualties; a toll road or a heavy toll on a town is not
    ("the official toll rose to 31 on Monday", "casualties"),
    ("the doctors put the toll at the camp far higher", "casualties"),
    ("the toll road to Zaria was closed", None),
    ("the drought took a heavy toll on Zaria", None),
])
def test_ground_taken_and_clashes_as_news_words_them(text, kind):
    assert event_type(text) == kind
