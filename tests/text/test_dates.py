"""Date expressions resolved against a reference (publication) date; no network, no gazetteer."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest

from geomap.text.dates import find_dates, infer_reference_date

REF = date(2023, 10, 11)            # a Wednesday


def one(text: str, ref: date | None = REF):
    found = find_dates(text, ref)
    assert len(found) == 1, (text, found)
    return found[0]


def test_reference_is_a_wednesday():
    assert REF.weekday() == calendar.WEDNESDAY


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kupiansk on Tuesday, Ukraine's General Staff said.",
    "Hezbollah said it fired at an Israeli position on Tuesday.",
])
def test_weekday_means_the_most_recent_such_day(text):
    d = one(text)
    assert d.begin == d.end_date == date(2023, 10, 10)
    assert d.precision == 1 and d.relative
    assert text[d.start:d.end] == d.text and "Tuesday" in d.text


def test_weekday_equal_to_reference_is_the_reference_day():
    assert one("The RSF attacked El Fasher on Wednesday.").begin == REF


def test_last_weekday_equal_to_reference_goes_back_a_week():
    assert one("Indian troops returned fire last Wednesday.").begin == date(2023, 10, 4)


@pytest.mark.parametrize("text, day", [
    ("Two officers had been on patrol on Thursday of last week when a bomb went off.", date(2023, 10, 5)),
    ("The camp was shelled on Monday last week, the army said.", date(2023, 10, 2)),
    ("The base was attacked on Friday last week.", date(2023, 10, 6)),
])
def test_a_weekday_of_last_week_is_that_day_of_the_week_before(text, day):
    assert one(text).begin == day


def test_late_tuesday():
    d = one("Azerbaijani units opened fire late Tuesday near Sotk.")
    assert d.begin == date(2023, 10, 10) and d.text == "late Tuesday"


def test_tuesday_night_keeps_the_part_of_day_in_the_span():
    d = one("Drones struck Odesa on Tuesday night.")
    assert d.begin == date(2023, 10, 10) and d.text.endswith("night")


def test_overnight_is_the_reference_day_a_curfew_no_date():
    d = one("Israeli jets struck southern Lebanon overnight.")
    assert (d.begin, d.end_date, d.precision) == (REF, REF, 1)
    assert d.deictic
    assert not find_dates("Police imposed an overnight curfew in the city.", REF)
    assert one("Jets struck Rafah overnight into Monday.").begin.weekday() == 0
    assert one("Police said a bomb exploded in Mogadishu the previous night.").begin == REF - timedelta(days=1)


@pytest.mark.parametrize("text", ["on Aug. 3", "August 3", "3 August", "the 3rd of August", "Aug 3rd"])
def test_month_day_takes_the_year_of_the_reference(text):
    d = one(f"Pakistani troops violated the ceasefire {text}, the Indian army said.")
    assert d.begin == date(2023, 8, 3) and d.precision == 1 and d.relative


def test_month_day_well_after_the_reference_is_last_year():
    assert one("Clashes erupted in Khartoum on December 20.").begin == date(2022, 12, 20)


def test_month_day_a_few_days_after_the_reference_stays_this_year():
    # A report may preview a date a few days ahead; that is not last year.
    assert one("Talks are due in Jeddah on October 14.").begin == date(2023, 10, 14)


def test_february_29_falls_in_the_last_leap_year():
    assert one("The drone hit Kharkiv on Feb. 29.", date(2025, 3, 10)).begin == date(2024, 2, 29)


def test_full_date_is_absolute():
    d = one("The war over Nagorno-Karabakh began on Sept. 27, 2020.")
    assert d.begin == d.end_date == date(2020, 9, 27)
    assert d.precision == 1 and not d.relative
    assert d.text == "Sept. 27, 2020"


@pytest.mark.parametrize("text,expected", [
    ("27 September 2020", date(2020, 9, 27)),
    ("September 27th, 2020", date(2020, 9, 27)),
    ("2022-09-13", date(2022, 9, 13)),
    ("the 4th of November 2020", date(2020, 11, 4)),
])
def test_other_full_date_forms(text, expected):
    d = one(f"Fighting in Tigray began on {text}.")
    assert d.begin == expected and not d.relative


def test_weekday_before_a_full_date_names_that_date_not_a_recent_day():
    found = find_dates("Azerbaijan launched its offensive on Sunday, Sept. 27, 2020.", REF)
    assert [(d.begin, d.relative) for d in found] == [(date(2020, 9, 27), False)]


def test_weekday_before_a_month_day_is_one_mention():
    found = find_dates("Armenia said Azerbaijan shelled Jermuk on Tuesday, October 3.", REF)
    assert [d.begin for d in found] == [date(2023, 10, 3)]


def test_last_week_is_monday_to_sunday_of_the_previous_week():
    d = one("Sudanese army drones hit RSF positions in Omdurman last week.")
    assert (d.begin, d.end_date, d.precision) == (date(2023, 10, 2), date(2023, 10, 8), 3)
    assert d.begin.weekday() == calendar.MONDAY and d.end_date.weekday() == calendar.SUNDAY


def test_earlier_this_week_does_not_run_past_the_reference():
    d = one("Ethiopian federal troops clashed with Fano militia earlier this week.")
    assert d.begin == date(2023, 10, 9) and d.end_date == REF and d.precision == 3


def test_in_august_is_month_precision():
    d = one("Hezbollah fired anti-tank missiles at Metula in August.")
    assert (d.begin, d.end_date, d.precision) == (date(2023, 8, 1), date(2023, 8, 31), 4)


def test_month_after_the_reference_month_is_last_year():
    d = one("Shelling near Bakhmut intensified in December.")
    assert (d.begin, d.end_date) == (date(2022, 12, 1), date(2022, 12, 31))


def test_mid_month():
    d = one("The RSF seized Nyala in mid-August.")
    assert (d.begin, d.precision) == (date(2023, 8, 1), 4)


def test_month_and_year():
    d = one("Tigrayan forces retook Mekelle in June 2021.")
    assert (d.begin, d.end_date, d.precision, d.relative) == (date(2021, 6, 1), date(2021, 6, 30), 4, False)


@pytest.mark.parametrize("text", ["In 2022, Russian troops withdrew from Kherson.",
                                  "Clashes have flared along the Line of Control since 2019."])
def test_year_precision_even_at_sentence_start(text):
    d = one(text)
    assert d.precision == 5 and d.begin.month == 1 and d.end_date == date(d.begin.year, 12, 31)


def test_clock_time_with_gmt_in_brackets_is_not_a_year():
    text = "The shelling began at 00:05 a.m. (2005 GMT) on Tuesday, Armenia's defence ministry said."
    found = find_dates(text, REF)
    assert [d.begin for d in found] == [date(2023, 10, 10)]
    assert all(d.begin.year != 2005 and d.end_date.year != 2005 for d in found)
    assert not any("2005" in d.text for d in found)


def test_clock_time_alone_gives_nothing():
    assert find_dates("Israeli artillery fired at 5 p.m. and again at 21:30.", REF) == []
    assert find_dates("The barrage began at 1800 hours.", REF) == []


def test_yesterday_and_this_morning():
    y = one("Two Indian soldiers were wounded yesterday in Poonch.")
    assert y.begin == y.end_date == date(2023, 10, 10) and y.deictic
    m = one("A drone struck Mykolaiv this morning.")
    assert m.begin == m.end_date == REF and m.deictic


def test_last_night():
    assert one("Sudanese warplanes bombed Nyala last night.").begin == date(2023, 10, 10)


@pytest.mark.parametrize("words", ["last evening", "the previous evening"])
def test_last_evening_is_the_day_before(words):
    d = one(f"The clash took place {words} near the border.")
    assert d.begin == d.end_date == date(2023, 10, 10)


def test_the_past_three_days():
    d = one("Fighting around Avdiivka has raged for the past three days.")
    assert d.precision == 2 and d.end_date == REF
    assert d.begin <= REF - timedelta(days=2)
    assert d.begin >= REF - timedelta(days=4)


def test_since_tuesday_runs_to_the_reference():
    d = one("Israeli shelling of the border villages has continued since Tuesday.")
    assert (d.begin, d.end_date) == (date(2023, 10, 10), REF)


@pytest.mark.parametrize("text", ["Febtember 45", "on August 45", "on Febtember 3", "on February 30", "45 June"])
def test_nonsense_gives_nothing(text):
    assert find_dates(f"Troops clashed {text} near Lachin.", REF) == []


def test_lowercase_may_and_march_are_not_months():
    assert find_dates("The toll may 10 times higher, and troops march 3 days to the front.", REF) == []


def test_without_reference_relative_expressions_are_skipped_but_full_dates_found():
    text = ("On Tuesday Azerbaijani forces fired on Sotk, a day after the Aug. 3 clash; yesterday the ministry "
            "recalled the Sept. 27, 2020 offensive and the fighting in 2016.")
    found = find_dates(text, None)
    assert [d.begin for d in found] == [date(2020, 9, 27), date(2016, 1, 1)]
    assert not any(d.relative for d in found)


def test_spans_are_offsets_into_the_original_text():
    text = "Late Tuesday (at 23:40 local time) Russian drones hit Izmail; on Aug. 3 they hit Reni."
    for d in find_dates(text, REF):
        assert text[d.start:d.end] == d.text


# ------------------------------------------------------------------ infer_reference_date

def test_infer_weekday_and_month_day_pick_the_first_agreeing_year_from_the_latest_year_named():
    text = ("Azerbaijani forces shelled Jermuk, Goris and Vardenis on Tuesday, September 13, Armenia's defence "
            "ministry said. It was the worst fighting between the two countries since the 2020 war.")
    # Check the calendar rather than trust memory: the first year from 2020 where Sept 13 is a Tuesday.
    expected_year = next(y for y in range(2020, 2030) if date(y, 9, 13).weekday() == calendar.TUESDAY)
    assert expected_year == 2022
    got, how = infer_reference_date(text, today=date(2025, 6, 1))
    assert got == date(expected_year, 9, 13)
    assert "agree" in how


def test_infer_with_wednesday_and_august_3_across_years():
    text = ("Pakistani troops fired mortars across the Line of Control on Wednesday, August 3, Indian officials "
            "said, the first breach since the ceasefire was renewed in 2020.")
    expected_year = next(y for y in range(2020, 2030) if date(y, 8, 3).weekday() == calendar.WEDNESDAY)
    got, _ = infer_reference_date(text, today=date(2025, 1, 1))
    assert got == date(expected_year, 8, 3) == date(2022, 8, 3)


def test_infer_never_picks_a_date_after_today():
    text = "The RSF shelled El Obeid on Tuesday, September 13, reviving memories of 2020."
    got, how = infer_reference_date(text, today=date(2022, 6, 1))
    assert got is None and "2020" in how          # 2022-09-13 is a Tuesday, but after "today"
    later, _ = infer_reference_date(text, today=date(2023, 1, 1))
    assert later == date(2022, 9, 13)


def test_infer_latest_full_date():
    text = "The war began on Sept. 27, 2020. A truce was signed on Nov. 10, 2020."
    got, how = infer_reference_date(text, today=date(2025, 1, 1))
    assert got == date(2020, 11, 10) and "full date" in how


def test_infer_only_a_year():
    got, how = infer_reference_date("Fighting in Tigray has killed thousands since 2020.", today=date(2025, 1, 1))
    assert got is None and "2020" in how


def test_infer_no_date():
    got, how = infer_reference_date("Hezbollah and Israel exchanged fire across the Blue Line.")
    assert got is None and how


@pytest.mark.parametrize("text, begin, end, precision", [
    ("Shells fell two days ago.", date(2023, 10, 9), date(2023, 10, 9), 1),
    ("Shells fell 3 days ago.", date(2023, 10, 8), date(2023, 10, 8), 1),
    ("Shells fell a week ago.", date(2023, 10, 2), date(2023, 10, 8), 3),      # the week before's Monday to Sunday
])
def test_days_and_weeks_ago(text, begin, end, precision):
    d = one(text)
    assert (d.begin, d.end_date, d.precision) == (begin, end, precision)


def test_months_and_years_ago():
    from datetime import date
    from geomap.text.dates import find_dates
    months = find_dates("Three months ago, gunmen attacked the town.", date(2016, 1, 8))[0]
    assert (months.begin, months.end_date, months.precision) == (date(2015, 10, 1), date(2015, 10, 31), 4)
    years = find_dates("Two years ago, a bomb killed five.", date(2016, 1, 8))[0]
    assert years.begin == date(2014, 1, 8) and years.precision == 5


def test_a_weekday_in_a_name_is_no_date():
    from datetime import date
    from geomap.text.dates import find_dates
    found = find_dates("A bomber blew himself up near Monday Market on Saturday.", date(2018, 6, 9))
    assert [d.begin for d in found] == [date(2018, 6, 9)]
    assert find_dates("The bomb exploded during Sunday Mass.", date(2018, 6, 9))[0].begin == date(2018, 6, 3)


@pytest.mark.parametrize("text", [
    "Nine people were killed overnight from Tuesday to Wednesday in Oicha.",
    "On the night of Tuesday to Wednesday, gunmen attacked civilians in Bourasso.",
    "Drones attacked the city overnight Tuesday into Wednesday.",
])
def test_a_night_from_one_day_to_the_next_is_dated_by_the_day_it_began(text):
    d = one(text)
    assert d.begin == date(2023, 10, 10) and d.end_date == REF and d.precision == 1


@pytest.mark.parametrize("text", [
    "A post came under attack in the night of Tuesday to Wednesday, May 10 to 11, the government said.",
    "Gunmen attacked the camp on the night of Tuesday to Wednesday (10-11 May).",
])
def test_a_night_glossed_with_its_dates_is_dated_by_them_over_the_latest_such_weekday(text):
    d = one(text, ref=date(2022, 5, 27))
    assert (d.begin, d.end_date) == (date(2022, 5, 10), date(2022, 5, 11))


@pytest.mark.parametrize("text, day", [
    ("A post came under attack at around 3 a.m. in the night of Tuesday to Wednesday, May 10 to 11.", 11),
    ("Gunmen struck on the night of Tuesday to Wednesday at 2:30 a.m.", 25),
    ("An aircraft flew over the town during the night from Tuesday to Wednesday and, at around 2:50 a.m., dropped "
     "explosives.", 25),
])
def test_an_hour_before_dawn_in_a_night_is_the_nights_second_day(text, day):
    d = one(text, ref=date(2022, 5, 27))
    assert (d.begin, d.end_date) == (date(2022, 5, day), date(2022, 5, day))


@pytest.mark.parametrize("text, ref, first, last", [
    ("At least 184 people were killed over the weekend, the UN said on Monday.", date(2024, 12, 9), 7, 8),
    ("Gunmen attacked the village at the weekend.", date(2024, 12, 11), 7, 8),
    ("Gunmen attacked the village last weekend.", date(2024, 12, 8), 30, 1),
])
def test_the_weekend_is_the_saturday_and_sunday_last_gone_by(text, ref, first, last):
    d = next(d for d in find_dates(text, ref) if "weekend" in d.text)
    assert (d.begin.day, d.end_date.day, d.precision) == (first, last, 2)


def test_an_hour_before_midnight_in_a_night_is_its_first_day():
    d = one("Gunmen struck at 11 p.m. on the night of Tuesday to Wednesday.", ref=date(2022, 5, 27))
    assert d.begin == date(2022, 5, 24)


def test_a_number_after_a_night_is_no_gloss_without_a_month():
    d = one("On the night of Saturday to Sunday, 5 soldiers died.")
    assert d.begin == date(2023, 10, 7) and not d.text.endswith("5")


def test_overnight_and_a_weekday_is_that_days_night():
    found = find_dates("Overnight Saturday, rebels fired more than 100 rockets at the town.", date(2024, 4, 16))
    assert [(d.text, d.begin) for d in found] == [("Saturday", date(2024, 4, 13))]


@pytest.mark.parametrize("text, day", [
    ("On Christmas day two militants were killed when their grenade exploded.", date(2022, 12, 25)),
    ("A car bomb went off on New Year's Eve near the market.", date(2022, 12, 31)),
    ("The Christmas Eve attack killed four.", date(2022, 12, 24)),
    ("Eight raiders were gunned down in the night of Christmas in a clash with soldiers.", date(2022, 12, 25)),
    ("Gunmen attacked the church on Christmas morning.", date(2022, 12, 25)),
    # with its year, that year's
    ("On Christmas Eve 2021, more than 35 people were killed near the village.", date(2021, 12, 24)),
    ("A bomb exploded on New Year's Eve, 2019, outside the hotel.", date(2019, 12, 31)),
])
def test_a_fixed_holiday_is_its_day_in_the_year_before_the_reference(text, day):
    d = one(text, date(2023, 1, 3))
    assert (d.begin, d.precision) == (day, 1)


@pytest.mark.parametrize("text", ["A bomb went off at a Christmas market.", "Shops were busy before Christmas.",
                                  "Police guarded the night of Christmas celebrations."])
def test_christmas_as_a_season_or_a_modifier_is_no_day(text):
    assert find_dates(text, date(2023, 1, 3)) == []


@pytest.mark.parametrize("words, first, last", [("From Monday to Tuesday", date(2023, 10, 9), date(2023, 10, 10)),
                                                ("between Saturday and Monday", date(2023, 10, 7), date(2023, 10, 9))])
def test_a_span_of_days_runs_from_the_first_to_the_second(words, first, last):
    d = one(f"{words}, troops raided the villages of the district.")
    assert (d.begin, d.end_date, d.precision) == (first, last, 2)


@pytest.mark.parametrize("text, first", [
    ("Last March, a series of attacks killed 141 people.", date(2023, 3, 1)),
    ("the clashes with government forces last June", date(2023, 6, 1)),
    ("He was wounded last October.", date(2022, 10, 1)),   # said in October: a year back
    ("He was wounded in October.", date(2023, 10, 1)),
])
def test_last_month_by_name_is_the_last_such_month_before_the_reference(text, first):
    d = one(text)
    assert d.begin == first and d.precision == 4


@pytest.mark.parametrize("text", ["The spokesman told Davao Today two fighters were killed.",
                                  "He told USA Today the raid had failed."])
def test_today_in_an_outlets_name_is_no_date(text):
    assert find_dates(text, REF) == []
    # (nor is a sentence's first word a name: "Today, gunmen attacked ..." is the day)
    assert [d.begin for d in find_dates("Gunmen attacked the post. Today, the army said ...", REF)] == [REF]


@pytest.mark.parametrize("text, begin", [
    ("fighting the army in a civil war since April last year", date(2022, 4, 1)),
    ("two raids in March this year", date(2023, 3, 1)),
    ("the massacre in May of last year", date(2022, 5, 1)),
])
def test_a_month_of_last_or_this_year_is_one_date_of_that_year(text, begin):
    found = find_dates(text, REF)
    assert [(d.begin, d.precision) for d in found] == [(begin, 4)]


def test_a_number_after_a_month_that_is_no_day_of_it_leaves_the_month():
    # REF is 11 October 2023
    d = one("In February 51 soldiers were killed in an attack on Deou.")
    assert d.begin == date(2023, 2, 1) and d.precision == 4 and d.text == "In February"
    assert one("In February 5 soldiers were killed.").begin == date(2023, 2, 5)


def test_overnight_before_a_place_is_a_night_before_one_before_a_day_is_that_day():
    assert one("Pakistani airstrikes conducted overnight on Afghanistan's Paktika province killed 46.").text == "overnight"
    assert one("Drones struck overnight on Tuesday.").text == "on Tuesday"


def test_a_day_written_with_a_comma_before_its_month_is_that_day():
    # (a police statement's "On 19, February 2024, at about 11.30 p.m, ...")
    d = one("On 19, February 2024, at about 11.30 p.m, bandits attacked Nasarawa village.")
    assert (d.begin, d.precision) == (date(2024, 2, 19), 1)


@pytest.mark.parametrize("text, ref, day", [
    # the coming weeks: a vote, a deadline
    ("urged voters to stay away from the polls on June 6", date(2021, 5, 24), date(2021, 6, 6)),
    ("the state of emergency was extended until July 26", date(2016, 7, 15), date(2016, 7, 26)),
    # months ahead: the same day a year before
    ("the attack on November 3 shocked the town", date(2021, 5, 24), date(2020, 11, 3)),
    ("since December 28, when the fighting began", date(2022, 1, 4), date(2021, 12, 28)),
])
def test_a_day_without_a_year_is_in_the_coming_weeks_or_the_past_year(text, ref, day):
    assert [d.begin for d in find_dates(text, ref)] == [day]


@pytest.mark.parametrize("text", ["the compounds of the February 17 brigade", "fighters of the March 23 Movement",
                                  "the anniversary of the 17 February Revolution", "traffic on the October 6 Bridge"])
def test_a_day_that_names_a_body_or_a_place_is_no_date(text):
    assert find_dates(text, date(2014, 5, 17)) == []


def test_a_day_before_other_words_is_a_date():
    assert [d.begin for d in find_dates("On March 23 rebels attacked the brigade", date(2014, 5, 17))] == [date(2014, 3, 23)]


@pytest.mark.parametrize("text", ["one of the deadliest outbreaks of rural violence in the region this year",
                                  "the third such attack on the town this year", "the worst fighting since last year"])
def test_a_year_that_ranks_the_event_is_no_date(text):
    assert find_dates(text, date(2018, 6, 25)) == []


def test_a_year_that_dates_the_event_is_kept():
    assert [d.text for d in find_dates("Gunmen attacked the town twice this year", date(2018, 6, 25))] == ["this year"]
