"""What happened: event type, weapons and casualties, as pure functions over a sentence.

The lexicons are data (dicts below) so a user can extend them; event types are the
model's ``EVENT_TYPES`` (drone and air strikes, shelling, ground taken, ceasefire
violations, mines and sabotage, abductions, bombings, shootings, clashes, casualties).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from datetime import date

from geomap.model import EVENT_TYPES
from geomap.text.numbers import parse_number
from geomap.text.patterns import AnyOf, Gated, branches, gated
from geomap.text.dates import _TIME as _TIME_RE, find_dates

# A drone by any of its names ("unmanned aerial vehicles" is state media's).
_DRONE = r"(?:drones?|UAVs?|unmanned (?:aerial |combat )?(?:vehicles?|aircraft))"

# Most specific first: the first type whose pattern matches wins.
# People a side captures or seizes: an abduction, not ground taken ("captured two soldiers near the fence").
_PEOPLE_TAKEN = r"soldiers|policemen|officers|workers|hostages|civilians|people|men|women|children|tourists|journalists|foreigners|nationals|engineers|passengers|servicemen|sailors|pilots|crew|leaders?|commanders?|chiefs?"
# What a town "fell" into or how, when it was not taken: "fell silent", "has fallen sharply", "fell into disrepair".
_NOT_FALLEN = r"(?!\s+(?:ill|silent|quiet|short|asleep|apart|behind|sharply|steeply|by|to\s+\d|\d|into\s+(?:disrepair|decline|ruin)))"
EVENT_PATTERNS: dict[str, str] = {
    "drone_strike": rf"\bdrone (?:strike|attack)s?\b|\blaunch(?:ed|ing|es)? (?:[\w-]+ ){{0,3}}?(?:drones|UAVs|unmanned (?:aerial |combat )?(?:vehicles|aircraft))\b|\b(?:kamikaze|suicide|attack) drones?\b|\bUAV (?:strike|attack)s?\b|\b{_DRONE} (?:[\w-]+ ){{0,4}}?(?:struck|hit|attacked|targeted|slammed into|crashed into|destroyed|bombed|killed)\b|\b(?:destroyed|downed|intercepted|shot down) (?:[\w-]+ ){{0,4}}?{_DRONE}\b|\b{_DRONE} (?:were|was|had been|have been|has been) (?:destroyed|downed|intercepted|shot down)\b",
    "airstrike": r"\bair ?strikes?\b|(?<!hunger )(?<!general )(?<!labour )(?<!labor )(?<!on )(?<!workers' )(?<!national )(?<!lightning )(?<!missile )(?<!rocket )(?<!artillery )(?<!mortar )\bstrikes?\b(?![\"”’']?\s+(?:action|deal|balance|force|price|zone|rate|fund|ballot|pay|committee|units?|groups?|teams?|squads?|capabilit(?:y|ies))\b)|\bair raids?\b(?!\s+(?:alerts?|alarms?|sirens?|warnings?|shelters?|drills?))|\baerial (?:bombardment|attack)s?\b|\bwarplanes?\b|\b(?:aerial|air force|aircraft|jets?|planes?) (?:bombing|bombed)\b|\bbombed by (?:aircraft|planes|jets|warplanes)\b|\bhelicopter gunships?\b|\b(?:jets?|warplanes?|aircraft|planes?|helicopters?|air force) [\"“‘']?(?:[\w-]+ [\"“‘']?){0,2}?(?:struck|hit|bombed|pounded|strafed|targeted)\b",
    "shelling": r"(?<!spent )(?<!rifle )(?<!bullet )(?<!cartridge )(?<!shotgun )\bshell(?:ed|ing|s)?\b(?![\s-]+(?:casings?|cases|companies|company))|\bexchang(?:e|es|ed|ing)\s+(?:of\s+)?(?:heavy\s+)?(?:mortars?|artillery|rockets?)\b|\bartillery (?:fire|attack|strike)s?\b|\bmortar (?:fire|attack|shell|round|strike)s?\b|\brocket (?:fire|attack|strike)s?\b|\bbombard(?:ed|ment|ing)\b|\bmissile (?:strike|attack)s?\b|\bfiring (?:in|into|towards?) the direction\b|\bfir(?:ed|ing) (?:[\w-]+ ){0,4}?(?:mortars?|artillery|rockets?|missiles?|shells)\b|\bfired (?:at|on|upon)\b|\b(?:rockets?|shells?|mortars?|mortar bombs?|missiles?|projectiles?) (?:[\w-]+ )?(?:struck|hit|landed|fell|slammed|rained|(?:came|crashed) down)\b|\b(?:rockets|missiles|projectiles) (?:were |was )?(?:[\w-]+ ){0,2}?(?:crossing|crossed|launched|fired) (?:from|into|at|towards?)\b|\blaunch(?:ed|ing|es)? [\"“]?(?:[\w-]+ [\"“]?){0,4}?(?:rockets|missiles|projectiles)\b|\b(?:hit|struck|targeted) by (?:an? |two |three |several |[\w-]+ )?(?:[\w-]+ )?(?:missiles?|rockets?|shells?|projectiles?|mortars?)\b|\b(?:shot|shoots?|shooting) down\b|\bdown(?:ed|ing) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:jet|jets|plane|planes|aircraft|airliner|airliners|helicopters?|drones?)\b",
    "positions_captured": r"\b(?:took|taken|take|regained|retook|retaken|seized|seize|captured|capture|liberated|overran|took back) (?:under )?(?:(?:full|complete|total|effective|firm|overall) control|control|the positions?|positions?|the village|the town|the city|the height|the hill|the (?:presidential |royal )?palace|the (?:army |military )?(?:headquarters|barracks|airport|base))\b|\b(?:troops|forces|soldiers|army|rebels|fighters|militants|insurgents|jihadists|militiamen|militias?|(?:his|their|our|its) men) (?:(?:on|late on|early on) (?-i:[A-Z])\w+ )?(?:took|have taken|had taken|has taken) (?-i:[A-Z])[\w'’-]*\b(?!\s+[a-z]+s\b)|\b(?:troops|forces|soldiers|army|units|rebels|fighters|militants|insurgents|jihadists|militiamen) (?:(?:loyal to|allied (?:to|with)|of) (?:[\w'’()-]+ ){1,7}?)?(?:(?:were|have|had|on (?-i:[A-Z])\w+) )?(?:entered|entering|rolled into|rolling into|marched into|swept into|pushed into|pushing into|advanced into|advancing into|walked into|moved into|drove into) (?:the |an? )?(?:(?:[\w-]+ ){0,3}?(?:city|town|village|capital)\b|(?:(?-i:[a-z])[\w-]* ){0,2}(?-i:[A-Z]))|\b(?:broke|break|breaks|breaking) into (?:the (?:town|city|village|capital) of )?(?-i:[A-Z])(?!\w*\s+(?:tears|song|laughter))|\b(?:took|taken|taking|takes?) over (?:the (?:village|town|city|district|base|camp|airport|(?:[\w-]+ )?(?:plant|refinery|compound|barracks))\b|(?:the )?(?-i:[A-Z]))|\btake-?over of (?:the (?:village|town|city|district|base|camp|airport)\b|(?-i:[A-Z]))|\bunder (?:its|their) control\b|\b(?:were|was|are|is)\s+(?:now\s+|firmly\s+|fully\s+|effectively\s+)?in\s+(?:full\s+|firm\s+|complete\s+|total\s+)?control\s+of\b|\b(?<!munitions )(?<!weapons )(?<!arms )(?<!ammunition )(?<!rifles )(?<!guns )(?<!explosives )(?<!drugs )(?:captured|seized|liberated|recaptured|retook|retaken|regained)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:munitions|weapons|arms|ammunition|rifles|guns|explosives|drugs|narcotics|cash|" + _PEOPLE_TAKEN + r")\b)|\btried to seize\b|\b(?:town|city|village|district|base|camp|garrison|airport|stronghold)\s+(?:had\s+|has\s+)?(?:in\s+fact\s+|already\s+)?(?:fell|fallen)\b" + _NOT_FALLEN + r"|\b(?:district|base|garrison|front|defen[cs]es)\s+(?:had\s+|has\s+)?(?:completely\s+|fully\s+|totally\s+)?collapsed\b|\b(?:have|has|had)\s+taken\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:buildings|compound|headquarters|barracks|checkpoints?)\b|\brestored [\x22\u201c]?(?:security|stability|order|calm|security and stability)[\x22\u201d]? (?:to|in) (?-i:[A-Z])|\b(?:held|holds|controlled|controls)\s+(?:all|the\s+whole|most|much)\s+of\s+(?-i:[A-Z])|\b(?:city|town|village|base|airport|capital|it)\s+(?:had|has|have)\s+been\s+(?:completely\s+|fully\s+|effectively\s+)?(?:taken|overrun)\s+by\b|(?-i:[A-Z])[\w'’-]+\s+(?:has|had)\s+fallen\b" + _NOT_FALLEN + r"|\b(?:now |fully |effectively )?(?<!-)control(?:s|led)? (?:the |all |most of |much of )?(?:[A-Z][\w-]+ (?:and [A-Z][\w-]+ )?)?(?:townships?|towns?|villages?|cities|city|districts?)\b|\boccup(?:ied|y|ying) (?:the |a |an |two |three |several )(?:[\w-]+ ){0,2}?(?:schools?|villages?|towns?|buildings?|positions?|heights?|hills?|bases?|posts?|outposts?|checkpoints?)\b|\bimproved (?:their |its |the )?(?:tactical )?positions?\b|\b(?:fell|fallen|falls?) (?:to|into the hands of) (?:the )?(?:[\w-]+ ){0,2}?(?:rebels?|militants?|insurgents?|jihadists?|fighters|forces|troops|army|militias?|gunmen|(?-i:[A-Z][\w-]*\b(?! (?:percent|per cent))))|\b(?:fell|fallen|falls?) into (?:our|their|its|rebel|enemy|the enemy's|(?-i:[A-Z][\w-]*)['’]s?) hands\b|\b(?:drove|driven|drive|drives|driving|pushed|push|pushing|chased|expelled|expel|expelling|ousted|oust|ousting|flushed|dislodged|dislodge|forced|routed) (?:the |their |its )?(?:[\w'’-]+ ){0,3}?(?:rebels?|militants?|insurgents?|fighters|jihadists?|enemy|troops|forces|army|gunmen|terrorists|militias?|militiamen|soldiers|(?-i:[A-Z][\w-]+)) (?:out of|from) (?:the |their |its )?(?:(?:[\w-]+ ){0,2}?(?:town|city|village|district|area|base|camp|positions?|stronghold|region|province)\b|(?-i:[A-Z]))|\bcapture of (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:compound|base|camp|town|city|village|airport|headquarters|post|outpost|checkpoint|district|barracks|garrison|positions?|hill|height)\b|\b(?:is|was|were|are|remains?|remained|now) (?:[\w-]+ly )?[\x22\u201c\u2018']?(?:in|under) the (?:hands|control) of (?:the )?(?:[\w-]+ )?(?:terrorists|rebels|militants|insurgents|jihadists|fighters|militias?|gunmen)\b|\b(?:firmly|fully|completely|effectively|now) in (?:full |firm |complete )?control of (?-i:[A-Z])|\bnow (?:hold|holds|held) (?:the (?:town|city|village) of )?(?-i:[A-Z])|\bclaim(?:ed|ing|s)? (?:the )?(?:[\w-]+ )?(?:city|town|village) of (?-i:[A-Z])|\b[\x22\u201c\u2018']?(?-i:liberation)[\x22\u201d\u2019']? of (?:the )?(?:(?:[\w'’-]+ ){0,2}?(?:city|town|village|district|province|region) of )?(?-i:[A-Z])|\bdeclared (?:a |an |total |final |full )?victory over\b|\bdeclared (?:the (?:city|town|village) of )?(?-i:[A-Z])[\w'’-]+ (?:fully |completely )?[\x22\u201c]?(?:liberated|freed|captured|cleared)\b|\bcontrol(?:s|led)? (?:the |their |its )?last (?:[\w-]+ )?(?:stronghold|bastion|redoubt)\b|\b(?:troops|forces|soldiers|army|rebels|fighters|militants|insurgents|jihadists) (?:were|are|was|is) (?:now|already) in (?:the (?:town|city|village) of )?(?-i:[A-Z])|\b(?:lost|losing|lose|loses) (?:control of )?the (?:[\w-]+ )?(?:town|city|village|base|district|airport|garrison|stronghold)\b|\blost control of (?-i:[A-Z])|\b(?:admitted|admits|acknowledged|conceded)\s+(?:losing|having\s+lost|the\s+loss\s+of)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z])",
    "ceasefire_violation": r"\bviolat(?:ed|ing|ion|ions) (?:of )?(?:the |a |its )?(?:brittle |fragile )?(?:cease-?fire|truce)\b|\b(?:cease-?fire|truce) (?:regime )?(?:was |were )?(?:violat|breach)\w*|\bbreach(?:ed|ing)? (?:of )?(?:the )?(?:cease-?fire|truce)\b|\bbreaking the (?:cease-?fire|truce)\b|\bcease-?fire violations?\b",
    "mining_sabotage": r"\bmin(?:ing|ed) (?:operations?|the)\b|\blandmines?\b|\banti-?(?:tank|personnel) mines?\b|\bmine (?:blast|explosion|exploded|went off)\b|\bstepped on a (?:land)?mine\b|\bsabotage\b(?![\x22\u201d]?(?:\s+and\s+reconnaissance)?[\x22\u201d]?\s+(?:groups?|units?|teams?|squads?|detachments?)\b)|\bsubversive\b|\bplanted mines\b",
    "abduction": r"\b(?:captured|seized|snatched|grabbed)\s+(?:[\w-]+\s+){0,3}?(?:" + _PEOPLE_TAKEN + r")\b|\bkidnap(?:ped|ping|pings|pers?)?\b|\babduct(?:ed|ion|ions|ing)\b|\bhostages?\b|\bhostage-taking\b|\bhijack(?:ed|ing|ers?)?\b|\btaken captive\b",
    "bombing": r"\bbomb(?:s|ed|ing|ings|ers?)?\b(?![\s-]+(?:squads?|disposal|technicians?|experts?|sniff\w*|threats?|scares?|warnings?|alerts?|hoax(?:es)?|detection|proof))|\bexplo(?:sions?|ded|des)\b|\bexplosives?\b(?![\s-]+(?:experts?|technicians?|detection|sniff\w*|disposal))|\bblasts?\b|\bdetonat(?:ed|ion|ing)\b|\b(?:huge|loud|massive|deafening|enormous|powerful|tremendous)\s+(?:bang|boom)s?\b|\bIEDs?\b|\bsuicide (?:attack|attacker|bomber)s?\b|\bgrenades?\b|\bblew (?:up|himself up|herself up|themselves up)\b|\b(?:blown|blow|blows|blowing) (?:himself|herself|themselves) up\b|\bmartyrdom (?:operations?|attacks?)\b|\bsuicide (?:vests?|belts?)\b|\bblown up\b|\bdevices? (?:was|were|had been) (?:thrown|hurled|lobbed|planted|left|placed|attached)\b",
    "shooting": r"\bgunned down\b|\b(?:gun)?shots (?:were |was )?(?:fired|heard)\b|\b(?:rifle|machine-gun|automatic) (?:fire|bursts)\b|\bmassacr(?:e|es|ed|ing)\b|\bexecut(?:ed|ion|ions)\b|\bbehead(?:ed|ing|ings)\b|\bdecapitat(?:ed|ion|ions)\b|\bhacked to death\b|\bstoned to death\b|\blynch(?:ed|ing|ings)\b|\bgunm[ae]n\b|\bshot (?:dead|and killed|and wounded|at)\b|\bfatally (?:shot|stabbed|wounded)\b|\bshot (?:[\w-]+ ){1,6}?(?:dead|to death)\b|\bshot (?:and (?:killed|wounded|injured) )?(?:him|her|them|(?-i:[A-Z])[\w'’-]+)\b|\bshot (?:[\w-]+ ){0,3}?(?:people|men|women|civilians|soldiers|policemen|officers|villagers|students|children|residents|worshippers|passengers|protesters|demonstrators)\b|\b(?:was|were|been) shot\b|\bshooting\b|\bassassinat(?:ed|ion|ing)\b|\bstab(?:s|bed|bing|bings)?\b|\bgun attack\b",
    "armed_clash": r"\bfights? (?:broke|break|breaks) out\b|\b(?:fierce|heavy|intense) fights?\b|\b(?:attempted|tried|sought) to (?:break through|advance|storm|attack|encircle|(?:violate|cross|infiltrate) the (?:state )?border)\b|\bbr(?:eak|oke) through (?:[\w-]+ ){0,3}?(?:defen[cs]es?|lines?|positions?)\b|\braid(?:s|ed)?\b(?!\s+(?:alerts?|alarms?|sirens?|warnings?|shelters?|drills?))|\bstorm(?:ed|ing)\b|\b(?:burst|barged)\s+into\s+(?!(?:tears|flames|fire|laughter|song|applause|life|view|bloom)\b)|\b(?:forced|fought|shot|blasted) (?:their|its|his|her) way (?:into|onto|inside)\b|\b(?:police(?:men)?|officers|commandos|marines|gendarmes|special forces) (?:[\w-]+ ){0,8}?(?:moved|swept|poured) into (?:the )?(?:(?:[\w-]+ ){0,2}?(?:favela|slum|neighbou?rhood|district|community|village|town|camp|area)\b|(?-i:[A-Z]))|\b(?:attackers|gunmen|assailants|militants|fighters|men)\s+(?:burst|barged|stormed)\s+in\b(?!\s+(?:on|with|tears))|\binvad(?:ed|ing) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:villages?|towns?|bases?|camps?|units?|posts?|outposts?|barracks|communit(?:y|ies)|stations?|checkpoints?)\b|\boverr(?:an|un)\b|\bbesieg(?:ed|ing)\b|\bsieges?\b|\btorch(?:ed|ing)\b|\bburn(?:ed|t) down\b|\bset (?:on )?fire\b|\bset ablaze\b|\barson\b|\brammed\b|\bclash(?:es|ed)?\b|\bfighting\b(?!\s+(?:a|an|the|its|their|for)\s+(?:[\w-]+\s+)?(?:revolution|cause|war\s+on\s+terror|jihad|struggle|liberation|independence|freedom)\b)|\bfought\s+(?:for\s+control|with|against|off|each\s+other|pitched|fierce|heavy)\b|\b(?:guerrillas|rebels|militants|fighters|troops|soldiers|forces|dissidents|militias|militiamen|insurgents|jihadists|gunmen|factions|groups)\b(?:\s+[\w()'’-]+){0,10}?\s+(?:fought|battled)\s+(?:in|near|around|on|over|overnight|through|for\s+(?:hours|days|control))\b|\bfought\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:guerrillas|rebels|militants|fighters|troops|soldiers|forces|insurgents|gunmen|militiamen|jihadists|commandos)\b|\b(?:foiled|thwarted|repelled|repulsed|beat\s+back|beaten\s+back|fought\s+off)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:attack|assault|landing|raid|incursion|infiltration|offensive|advance|attempt)s?\b|\bfirefights?\b|\bgun-?\s?(?:battles?|fights?)\b|\b(?:fierce|heavy|intense|pitched|street|running|fresh|deadly|bloody)\s+battles?\b|\bbattl(?:ed|ing)\s+(?:with|against)\s+(?:[\w-]+\s+){0,3}?(?:forces|troops|militants|rebels|fighters|insurgents|gunmen|army|police)\b|\bskirmish(?:es)?\b|\b(?:ran|run|runs|running) into (?:an? |the )?(?:[\w-]+ ){0,2}?(?:ambush|fighters|militants|insurgents|rebels|gunmen|terrorists|jihadists|bandits)\b|\bshoot-?outs?\b|\bexchange of fire\b|\bviolent (?:face-?offs?|stand-?offs?|confrontations?)\b|\bscuffles?\b|\b(?:shot|fired) back\b|\breturn(?:ed|ing|s)? (?:the )?fire\b|\b(?:repelled|repulsed) (?:[\w\"“”'‘’-]+ ){0,3}?fire\b|\bfire from (?:the )?(?:[\w-]+ ){0,2}?(?:troops|forces|soldiers|militants|fighters|positions|posts|side)\b|\bexchang(?:ed|ing|es)? (?:of )?(?:heavy |intermittent |sporadic |small[- ]arms |automatic |gun|machine-gun )*fire\b|\bopen(?:ed|s|ing)? (?:[\w-]+ ){0,2}?fire\b(?!\s+(?:station|brigade|service|alarm|exit)s?\b)|\bcame under (?:[\w-]+ )?(?:fire|attack|assault)\b|\bunder fire\b|\bsubjected to (?:[\w-]+ )?(?:fire|attacks?|assaults?)\b|\b(?:struck|hit|targeted|pounded) [\"“'‘]?(?:[\w-]+(?:['’]s)? [\"“'‘]?){0,3}?(?:targets?|positions?|bases?|camps?|hideouts?|command (?:posts?|rooms?)|posts?|outposts?|barracks|facilit(?:y|ies)|sites?|installations?|radars?|militants|fighters|gunmen|terrorists|infrastructure|depots?|warehouses?|airfields?|concentrations?|launchers?|cent(?:re|er)s?|headquarters|compounds?|vehicles?|convoys?|ships?|vessels?|buildings?|houses?|homes?|schools?|hospitals?|mosques?|churches|shelters?|apartments?|tents?|markets?|cars?|trucks?|buses|villages?|towns?|city|cities|settlements?|neighbou?rhoods?|suburbs?|outskirts|(?:border )?guards|soldiers|troops|police(?:men)?|officers|patrols?|checkpoints?|personnel|servicemen|civilians)\b|\b(?:destroy(?:ed|ing|s)?|damag(?:ed|ing)) (?:[\w-]+ ){0,3}?(?:camps?|bases?|positions?|tanks?|armou?red vehicles?|depots?|launchers?|hideouts?|bunkers?|checkpoints?|posts?|howitzers?|artillery (?:pieces|systems|guns)|(?:military )?(?:equipment|hardware)|weapons)\b|\b(?:tanks?|howitzers?|armou?red vehicles?|launchers?|depots?|bunkers?|artillery (?:pieces|systems|guns)) (?:were|was|had been|have been|has been) destroyed\b|\b(?:[\w-]+ )?(?:(?:-?\d[\d,]*|dozens|hundreds) )?(?:troops|soldiers|servicemen|service members|militants|fighters|terrorists|insurgents|rebels) (?:had been|have been|has been|were|was) (?:eliminated|neutrali[sz]ed|liquidated)\b|\bintensive (?:fire|shooting)\b|\bengag(?:ed|ing|es) (?:the |a |an )?(?:[\w’'-]+ ){0,2}?(?:terrorists|militants|insurgents|rebels|enemy|gunmen|fighters|bandits|attackers|assailants|miscreants)\b|\b(?:forces|troops|army|military|invaders|occupiers|enemy|militants|insurgents|rebels) (?:[\w-]+ ){0,2}?(?:struck|hit|targeted|pounded) (?:the )?(?-i:[A-Z])|\b(?:ships?|vessels?|tankers?|boats?|convoys?|patrols?|checkpoints?|outposts?|posts?|bases?|camps?|vehicles?) (?:had been|has been|have been|was|were) (?:attacked|targeted|hit|struck|ambushed|stormed)\b|\b(?!(?:He|She|It|They|We|I|You|This|That|Who)\b)(?-i:[A-Z])[\w'’-]+(?: itself)? (?:was|were|had been|has been) (?:hit|struck|targeted)\b(?! by (?:sanctions|a car|a truck|floods?|an? earthquake|a storm))|\battack(?:s|ed|ing)?\b|\boffensive\b|\bhostilities\b|\bprovocations?\b|\bassaults?\b|\bambush(?:ed)?\b|\bcounter(?:-| )?(?:operation|offensive|attack)\b|\bretaliatory (?:operation|measures?|strikes?)\b|\bfired\b|\bfiring\b|\bgunfire\b|\bcombat\b|\b(?:an?|the|another|fresh|ongoing|fierce|brief)\s+encounters?\s+(?:has\s+|had\s+)?(?:broke|broken|began|begun|started|erupted|ensued|took\s+place|is\s+underway|was\s+underway|is\s+on|was\s+on|is\s+going\s+on)\b|\b(?:killed|died|injured|wounded|gunned\s+down|neutrali[sz]ed)\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+)?encounters?\b|\bencounters?\s+(?:with|between)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:security\s+forces|forces|militants|terrorists|police|troops|Maoists|Naxals?|insurgents|rebels|gunmen)\b|\b(?:violence|riots?|rioting|unrest) (?:has |have |had )?(?:broke|broken|breaks|erupted|erupts|flared|flares)\b",
    "casualties": r"\bkill(?:ed|ing|ings|s)\b|\bdead\b|\bdied\b|\bslain\b|\bslaughtered\b|\bmurder(?:ed|s)?\b|\bmartyred\b|\bneutrali[sz](?:ed|ing)\b|\bliquidat(?:ed|ing)\b|\beliminat(?:ed|ing) (?:[\w-]+ ){0,3}?(?:terrorists|militants|fighters|insurgents|gunmen|rebels|soldiers|servicemen|troops)\b|\bbodies\b|\bdeath toll\b|\b(?:the|this|that|its|their|official|overall|final|latest|initial|preliminary)\s+toll\s+(?:at|of\s+\d|rose|climbed|reached|jumped|stood|stands|has|had|was|is|could|may|might|would)\b|\bput\s+the\s+toll\b|\bwound(?:ed|ing)\b|\binjur(?:ed|ies|ing)\b|\bcasualt(?:y|ies)\b|\blosses\b|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of) (?:more |new |civilian |confirmed )?deaths\b",
}
assert tuple(EVENT_PATTERNS) == EVENT_TYPES, "event words and the model's event types must agree"

# A place hit with a weapon names the weapon's attack ("The occupiers hit Nikopol with Grad multiple-launch
# rocket systems"). Read apart from the patterns above: their leftmost match ("occupiers hit Nikopol", an
# attack) would hide this one, which starts at the verb.
_HIT_WITH = r"\b(?:hit|struck|attacked|targeted|pounded|shelled) (?:[\w'’-]+ ){0,6}?with (?:[\w-]+ ){0,3}?"
WEAPON_ATTACKS: dict[str, str] = {
    "drone_strike": rf"{_HIT_WITH}{_DRONE}",
    "airstrike": rf"{_HIT_WITH}(?:guided|glide|gliding|aerial) (?:aerial )?bombs\b",
    "shelling": rf"{_HIT_WITH}(?:Grad|Uragan|Smerch|Hurricane|MLRS|multiple[- ]launch rocket systems?|rocket launchers?|"
                r"(?:multiple[- ])?rocket[- ]launch(?:er|ing)? systems?|artillery|mortars?|howitzers?|rockets?|missiles?|tanks?|"
                r"cannons?)\b",
}
_WEAPON_ATTACK_RES = {k: gated(v, re.I) for k, v in WEAPON_ATTACKS.items()}
# (each kind's alternatives searched apart behind their own words: the same matches at a third of the cost)
_EVENT_RES = {k: AnyOf(branches(v), re.I) for k, v in EVENT_PATTERNS.items()}

WEAPONS: dict[str, str] = {
    "artillery": r"\bartillery\b|\bhowitzers?\b",
    "mortars": r"\bmortars?\b",
    "drones": rf"\b{_DRONE}\b",
    "grenade launchers": r"\bgrenade[- ]launchers?\b",
    "rockets": r"\brockets?\b|\bMLRS\b|\bGrad\b|\bKatyusha\b",
    "missiles": r"\bmissiles?\b",
    "large-calibre firearms": r"\blarge[- ]calib(?:re|er)\b",
    "small arms": r"\bsmall arms\b|\bassault rifles?\b|\bmachine[- ]guns?\b",
    "tanks": r"\btanks?\b",
    "air strikes": r"\bair ?strikes?\b|\bwarplanes?\b|\bfighter jets?\b|\bhelicopters?\b",
    "mines": r"\b(?:land)?mines?\b",
    "sniper fire": r"\bsnipers?\b",
}
_WEAPON_RES = {k: re.compile(v, re.I) for k, v in WEAPONS.items()}


# Words before an event word that say it did not happen: prevented, threatened, planned, hypothetical.
_NOT_HAPPENED = re.compile(r"""
    (?: \b(?:prevent|foil|thwart|avert|stopp|stop|disrupt)\w*\s+(?:an?\s+|the\s+|any\s+|further\s+|planned\s+)*(?:[\w-]+\s+)?
      | \b(?:would|will|could|might|threaten\w*\s+to|vow\w*\s+to|plan\w*\s+to|plott\w*\s+to|intend\w*\s+to|
             fail(?:ed|s|ing)?\s+to|attempt(?:s|ing)?\s+to)\s+
        (?:\w+ly\s+)?
      | \b(?:imminent|impending|looming|upcoming|anticipated)\s+(?:[\w-]+\s+)?     # "an imminent (ground) incursion"
      | \b(?:if|unless)\s+(?:[\w'’-]+\s+){1,3}?                                    # "if they attack the site"
      | \b(?:support|protection|security|safeguards?|measures|vigilance|precautions|insurance)\s+against\s+
        (?:[\w'’-]+\s+){0,2}?                                  # "government support against Al-shabaab attacks"
      | \bspared\s+(?:from\s+|by\s+)?(?:the\s+|any\s+)?(?:[\w-]+\s+)?   # "areas had been spared from grenade attacks"
      | \bthreat(?:s|ened)?\s+(?:of|with)\s+(?:new\s+|further\s+|more\s+)?(?:[\w-]+\s+)?   # "its threat of air strikes"
      | \b(?:call|calls|called|calling|demand|demands|demanded|demanding)\s+for\s+(?:new\s+|further\s+|more\s+)?(?:[\w-]+\s+)?
      | \bwithout\s+(?:any\s+)?(?:(?:civilian|military|human|serious)\s+)?    # "crashed without casualties"
      | \b(?:not|never|no\s+plans?\s+to|refused\s+to|declined\s+to)\s+(?:to\s+)?(?:intervene|interfere|get\s+involved|
             take\s+part|join|participate)\s+in\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)?     # "would not intervene in the fighting"
    )$""", re.I | re.X)


# Words after plural event words that count events over time rather than report one: "Attacks on
# security forces have increased in North Waziristan".
_TREND = re.compile(r"""(?<=s)(?:\s+(?:on|against|by|in|of)\s+(?:[\w'’-]+\s+){0,4}?)?\s*(?:have|has)\s+(?:\w+ly\s+)?
    (?:been\s+on\s+the\s+rise|increased|risen|surged|grown|spiked|multiplied|soared|declined|decreased|dropped|
       fallen|doubled|tripled|continued(?=\s*[.;]))\b""", re.I | re.X)     # ("attacks have continued.")


# People "captured" are arrested or held, not ground taken: "21 IS members had been captured".
_PEOPLE_HELD_BEFORE = re.compile(r"""\b(?:members|militants|suspects|fighters|terrorists|insurgents|rebels|jihadists|gunmen|
    people|men|operatives|leaders?|commanders?|he|she|workers|engineers|tourists|journalists|foreigners|nationals|employees|
    missionaries|priests|nuns|students|girls|women|passengers|hostages|soldiers|policemen|officers|colleagues|comrades|
    villagers|civilians|children|crew|sailors)
    \s+(?:who\s+|that\s+)?(?:had\s+been|have\s+been|has\s+been|were|was|being)\s+$""", re.I | re.X)


def _happened(sentence: str, start: int, end: int) -> bool:
    return not _NOT_HAPPENED.search(sentence, max(0, start - 40), start) and not _TREND.match(sentence, end)


# An attack said to have failed: set against a claim that ground was taken, the accounts differ.
_REPELLED = gated(r"""\b(?:repelled|repulsed|thwarted|foiled|fended\s+off|beat\s+back|beaten\s+back|
    pushed\s+back|(?:was|were)\s+(?:successfully\s+)?(?:stopped|halted))\b""", re.I | re.X)


def repelled(sentence: str) -> bool:
    """Whether the sentence says an attack was beaten off ("the attack was repulsed")."""
    return bool(_REPELLED.search(sentence))


_PRIORITY = {kind: rank for rank, kind in enumerate(EVENT_PATTERNS)}


def last_event_unhappened(text: str) -> bool:
    """Whether the last event word in ``text`` (a sentence up to a place) names one that did not happen
    ("called on NATO to carry out its threat of air strikes against the guns around"): what follows is what it
    was aimed at, not where anything happened."""
    last = max(((m.start(), m.end()) for rx in _EVENT_RES.values() for m in rx.finditer(text)), default=None)
    return last is not None and not _happened(text, *last)


def event_type(sentence: str) -> str | None:
    """The most specific event type a sentence names, or None. Event words that are prevented,
    threatened or hypothetical ("foiled an attack", "would attack") name nothing that happened."""
    # Read off the sentence's event spans, which the claims ask for anyway (one pass of the patterns, cached).
    return min((kind for _s, _e, kind in _event_spans(sentence)), key=_PRIORITY.__getitem__, default=None)


def event_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of every event expression in the sentence."""
    return list(_event_spans(sentence))


@lru_cache(maxsize=16384)    # (a batch's sentences are typed first; its parses and claims ask again later)
def _event_spans(sentence: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for kind, rx in chain(_EVENT_RES.items(), _WEAPON_ATTACK_RES.items()):
        if isinstance(rx, Gated) and not rx.may_match(sentence):
            continue
        for m in rx.finditer(sentence):
            start, end = m.span()
            if _happened(sentence, start, end) and not (
                    kind == "positions_captured" and _PEOPLE_HELD_BEFORE.search(sentence, max(0, start - 40), start)):
                out.append((start, end, kind))
    return tuple(sorted(out))


def weapons(sentence: str) -> list[str]:
    return [name for name, rx in _WEAPON_RES.items() if rx.search(sentence)]


# ---------------------------------------------------------------- casualties

_NUM = (r"\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
        r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen|a dozen|dozens|scores|hundreds|thousands|several|a few|a number of|an?)")
_QUAL = r"(?P<qual>at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than|roughly|an estimated)?\s*"
_PEOPLE = (r"(?:(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:soldiers?|troops?|servicem[ae]n|conscripts?|people|civilians?|persons?|fighters?|militants?|"
           r"police(?:men|officers)?|officers?|children|child|women|woman|men|man|boys?|girls?|teenagers?|infants?|bab(?:y|ies)|personnel|members|others?|residents|rebels|"
           r"combatants|guards?|servicemembers|workers?|villagers?|farmers?|shepherds?|herders?|journalists?|medics?|paramedics?|"
           r"doctors?|nurses?|patients?|students?|volunteers?|porters?|peacekeepers?|sappers?|staff|protesters?|"
           r"demonstrators?|pilgrims?|worshipp?ers?|passengers?|prisoners?|inmates?|detainees?|miners?|fishermen|traders?|"
           r"hostages?|gunmen|attackers?|assailants?|insurgents?|terrorists?|bandits?|jihadists?|militiamen|pupils?|"
           r"teachers?|refugees?|migrants?|employees?|labou?rers?|"
           r"(?-i:[A-Z][a-z]+(?:ans|is|ese))|(?:[A-Z][a-z]+ )?(?:nationals|citizens)))")
_KILLED = r"(?:killed|dead|died|slain|lost their lives|killing|deaths?|fatalities|lost)"
_WOUNDED = r"(?:wounded|injured|hurt|wounding|injuring|injuries)"
_NUM_FIRST = gated(rf"{_QUAL}(?P<num>{_NUM})\s+(?P<who>{_PEOPLE}?)\s*(?:,\s+(?:including|among\s+them)\s+[^,;]{{1,60}},\s*)?"
                        rf"(?:(?:were|was|have been|had been|has been|are|being|have|has|had)\s+)?"
                        rf"(?:(?:reportedly|also)\s+)?(?P<what>{_KILLED}|{_WOUNDED})\b", re.I)
_VERB_FIRST = gated(rf"(?P<what>killed|killing|wounded|wounding|injuring|injured|left)\s+{_QUAL}(?P<num>{_NUM})"
                         rf"(?:\s+(?P<who>{_PEOPLE}))?(?:\s+(?P<what2>dead|wounded|injured))?\b", re.I)
_AND_OTHERS = gated(rf"\b(?:and|while)\s+{_QUAL}(?P<num>{_NUM})\s+(?:others?\s+|more\s+)?(?:were\s+)?(?P<what>{_WOUNDED}|{_KILLED})\b", re.I)
# "the death toll rose to 40", "death tolls exceeded 100", "35 bodies"
_TOLL = gated(rf"\bdeath tolls?[\s,]+(?:[\w-]+[\s,]+){{0,8}}?(?P<verb>of|at|to|exceeded|exceeds|reached|reaches|stands at|"
                   rf"stood at|is|was|has risen to|rose to|climbed to)\s+{_QUAL}(?P<num>{_NUM})\b", re.I)
_BODIES = gated(rf"{_QUAL}(?P<num>{_NUM})\s+(?:dead\s+)?bodies\b", re.I)
# "at least 49 Armenian and 50 Azerbaijani soldiers dead"
_PAIR = gated(rf"{_QUAL}(?P<a>\d[\d,]*)\s+(?P<sa>[A-Z]\w+)\s+and\s+(?P<b>\d[\d,]*)\s+(?P<sb>[A-Z]\w+)\s+{_PEOPLE}\s+(?:were\s+)?(?P<what>{_KILLED}|{_WOUNDED})", re.I)


@dataclass(slots=True)
class Casualties:
    killed_low: int | None = None
    killed_best: int | None = None
    killed_high: int | None = None
    wounded: int | None = None
    who: str = ""                 # the words naming whose losses ("Azerbaijani conscript")


def _qualify(rng: tuple[int, int, int], qual: str | None) -> tuple[int, int, int]:
    low, best, high = rng
    q = (qual or "").lower()
    if q in ("at least", "more than", "over"):
        return best + (1 if q != "at least" else 0), best + (1 if q != "at least" else 0), max(high, int(best * 1.5) + 1)
    if q in ("nearly", "almost", "fewer than", "less than", "up to"):
        return max(0, int(best * 0.7)), best - (1 if q in ("fewer than", "less than") else 0), best
    if q in ("about", "around", "some", "roughly", "an estimated"):
        return int(best * 0.8), best, int(best * 1.2) + 1
    return low, best, high


def casualties(sentence: str) -> Casualties:
    """Killed (low/best/high) and wounded counts a sentence reports (a copy the caller may change)."""
    return dataclasses.replace(_casualties(sentence))


@lru_cache(maxsize=4096)      # a story is read twice when its lead waits for a place, and wire copy repeats
def _casualties(sentence: str) -> Casualties:
    out = Casualties()

    def add(kind: str, rng: tuple[int, int, int], who: str) -> None:
        if kind == "killed":
            out.killed_low = (out.killed_low or 0) + rng[0]
            out.killed_best = (out.killed_best or 0) + rng[1]
            out.killed_high = (out.killed_high or 0) + rng[2]
        else:
            out.wounded = (out.wounded or 0) + rng[1]
        if who and not out.who:
            out.who = re.sub(r"^of\s+", "", who.strip())

    # Dates and clock times are not counts: "on May 12 killed two", "since 2014", "at 5 p.m."
    for d in find_dates(sentence, date(2000, 1, 1)) if any(c.isdigit() for c in sentence) else ():
        sentence = sentence[:d.start] + " " * (d.end - d.start) + sentence[d.end:]
    sentence = _TIME_RE.sub(lambda m: " " * len(m.group()), sentence)
    used: list[tuple[int, int]] = []
    for m in _PAIR.finditer(sentence):
        kind = "killed" if re.match(_KILLED, m.group("what"), re.I) else "wounded"
        for num, side in ((m.group("a"), m.group("sa")), (m.group("b"), m.group("sb"))):
            add(kind, _qualify(parse_number(num), m.group("qual")), side)
        used.append(m.span())
    for rx in (_TOLL, _BODIES):
        for m in rx.finditer(sentence):
            rng = parse_number(m.group("num"))
            if rng is None or m.group("num").lower() in ("a", "an") or any(m.start() < e and s < m.end() for s, e in used):
                continue
            qual = "more than" if m.groupdict().get("verb", "").lower().startswith("exceed") else m.group("qual")
            add("killed", _qualify(rng, qual), "")
            used.append(m.span())
    for rx in (_NUM_FIRST, _VERB_FIRST, _AND_OTHERS):
        for m in rx.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in used):
                continue
            rng = parse_number(m.group("num"))
            if rng is None or (rx is _VERB_FIRST and not m.group("who") and m.group("num").lower() in ("a", "an")):
                continue            # "killed a cow": an article without a person noun is no count
            what = (m.groupdict().get("what2") or m.group("what")).lower()
            if what == "left":
                continue
            kind = "wounded" if re.fullmatch(_WOUNDED, what, re.I) else "killed"
            if what == "lost" and not re.search(r"soldier|troop|servicem|conscript|people|personnel", m.group(0), re.I):
                continue
            add(kind, _qualify(rng, m.group("qual")), m.groupdict().get("who") or "")
            used.append(m.span())
    return out
