using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction.Phrasing;

/// <summary>Which suppliers a rule belongs to: lists, quotes, relative clauses, pronouns, companions and groups.</summary>
public sealed class WhoseRuleTests
{
    [Fact]
    public void Following_others_in_a_decision_gives_each_of_them_the_stance_and_a_refusal_to_follow_the_opposite()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("France followed Britain in allowing Ukraine to use its weapons against military targets in Russia."));
        Assert.Equal(
            [("DE", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Allowed), ("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Germany will not follow the US and Britain in permitting long-range strikes into Russia, the chancellor said."));
    }

    [Fact]
    public void A_quote_in_the_first_person_speaks_for_the_supplier_named_just_before_it()
    {
        const string text = """
            Portugal keeps its line

            Portugal's defence minister spoke to reporters in Lisbon on Monday.

            “We do not want the weapons we send to be used against Russian territory,” he said.
            """;
        var statements = Reading.Statements(text, "pt.txt");
        var statement = Assert.Single(statements);
        Assert.Equal(("PT", Stance.Prohibited), (statement.Supplier, statement.Stance));
    }

    [Fact]
    public void A_relative_clause_speaks_for_the_supplier_it_hangs_on()
    {
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("The remarks followed comments by the Canadian prime minister, who said his government was working out whether to allow Kyiv to use its weapons against Russia."));
    }

    [Fact]
    public void A_list_of_suppliers_that_also_granted_permission_continues_the_statement_before_it()
    {
        const string text = """
            Who allows what

            Italy and Spain are against Ukraine's attacks on Russia with their weapons.

            Britain has allowed Ukraine to use its weapons against targets in Russia.

            Sweden, as well as Norway and Finland, have also granted permission.
            """;
        Assert.Equal(
            [("ES", WeaponClass.General, Stance.Prohibited), ("FI", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed),
             ("IT", WeaponClass.General, Stance.Prohibited), ("NO", WeaponClass.General, Stance.Allowed), ("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples(text));
    }

    [Fact]
    public void A_decision_belongs_to_the_supplier_that_made_it_not_to_everyone_named_before_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Berlin was informed in advance of the US decision to allow Kyiv to fire long-range missiles at positions in Russia."));
    }

    [Fact]
    public void A_quote_split_before_its_attribution_speaks_for_the_supplier_named_after_it()
    {
        const string text = """
            Oslo speaks

            “We believe Ukraine has every right to strike military targets on Russian territory... That is normal in war,” the Norwegian foreign minister said.
            """;
        Assert.Contains(Reading.Statements(text), s => s is { Supplier: "NO", Stance: Stance.Allowed });
    }

    [Fact]
    public void A_roundup_of_positions_gives_every_supplier_it_names()
    {
        const string text = """
            Who lets Kyiv strike Russia

            Norway has no objections to Ukraine using Norwegian weapons to strike targets on Russian territory. Similar permission has also been granted by Denmark and Iceland.

            Britain was the first to allow the use of its weapons against Russia, and this position has been supported by Estonia and Portugal.

            Austria is currently against such use of its weapons.

            Spain's prime minister has also expressed support for Ukrainian strikes on military targets in Russia.
            """;
        Assert.Equal(
            [("AT", WeaponClass.General, Stance.Prohibited), ("DK", WeaponClass.General, Stance.Allowed), ("EE", WeaponClass.General, Stance.Allowed),
             ("ES", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed), ("IS", WeaponClass.General, Stance.Allowed),
             ("NO", WeaponClass.General, Stance.Allowed), ("PT", WeaponClass.General, Stance.Allowed)],
            Reading.Triples(text));
    }

    [Fact]
    public void Forbidding_the_government_from_allowing_is_a_refusal_and_a_suppliers_allies_are_not_the_supplier()
    {
        Assert.Equal(
            [("IT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The Italian defence minister said the constitution forbids the government from allowing Kyiv to use Italian weapons on Russian territory."));
        Assert.Empty(Reading.Triples("Many of Italy's allies have said they will allow Ukraine to use their weapons for strikes inside Russian territory."));
    }

    [Fact]
    public void The_two_countries_stand_for_the_pair_named_earlier_and_their_use_for_their_weapons()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Ukraine has received French SCALP and British Storm Shadow missiles, but the two countries have not permitted their use inside Russian territory so far."));
    }

    [Fact]
    public void A_supplier_named_after_with_is_a_companion_not_the_subject()
    {
        const string text = """
            Slovakia's line on its weapons

            The position was set out by Slovak Prime Minister Robert Fico on Tuesday.

            "There is a principle I share with the American president: we do not want the weapons we supply to hit Russian territory," he said.
            """;
        Assert.Equal([("SK", WeaponClass.General, Stance.Prohibited)], Reading.Triples(text));
    }

    [Fact]
    public void He_or_she_is_the_person_named_before()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("The war will not turn on long-range missiles alone, Keir Starmer said, as he prepared talks on whether to approve their use in Russia."));
    }

    [Fact]
    public void Continuing_to_restrict_is_Prohibited_for_each_supplier_named()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Western nations, including the US and UK, continue to restrict the use of their long-range weapons to prevent deep strikes inside Russia."));
        var statements = Reading.Statements("The US and UK continue to restrict the use of their long-range weapons like ATACMS and Storm Shadow inside Russia.");
        Assert.Equal(["GB Storm Shadow", "US ATACMS"], statements.Select(s => $"{s.Supplier} {s.Weapons}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The US criticised the refinery strikes, but Zelensky emphasised Ukraine would not accept restrictions on the use of domestically-produced weapons against Russia.")]
    [InlineData("After US criticism, Zelensky said Ukraine would not accept restrictions on the use of its own missiles against Russia.")]
    [InlineData("Washington objected, yet Ukraine says there are no limits on Ukrainian-made missiles fired into Russia.")]
    public void Ukraines_own_weapons_are_no_suppliers_rule(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Fact]
    public void A_supplied_system_Ukraine_holds_as_its_own_is_still_the_suppliers()
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples("The US has allowed Ukraine to use its own ATACMS against targets in Russia."));
    }

    [Fact]
    public void A_legislator_telling_what_a_government_does_is_only_the_source()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Ukrainian MP Yehor Cherniev claimed that Washington has begun to discuss allowing Ukraine to use U.S. weapons on Russian territory."));
    }

    [Fact]
    public void Under_the_new_directive_is_the_rule_of_the_supplier_named_before()
    {
        var statements = Reading.Statements("The US has granted Ukraine permission to use American weapons against Russia.\n\nUnder the new directive, Ukraine is permitted to target Russian forces attacking the Kharkiv region.");
        Assert.Contains(statements, s => (s.Supplier, s.Stance, s.Scope) == ("US", Stance.Limited, "Kharkiv region"));
    }

    [Fact]
    public void Suppliers_together_with_the_subject_share_its_rule()
    {
        Assert.Equal(
            ["DE", "FR", "GB", "US"],
            Reading.Triples("Merz claimed that Germany, together with France, England and the United States, lifted restrictions on the use of long-range weapons against Russia.")
                .Select(t => t.Supplier));
    }

    [Fact]
    public void A_rule_attributed_after_it_belongs_to_the_source_named()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The new guidance lets Ukraine strike only military targets just across the border in Belgorod, US officials said."));
        Assert.Empty(Reading.Triples("Asked how far into Russian territory Ukraine is allowed to strike, Singh said that she would not give a distance."));
        Assert.Empty(Reading.Triples("Washington is looking at new missiles as Moscow continues to refuse talks on Russian territory, US Vice President JD Vance confirmed."));
    }

    [Fact]
    public void A_permission_says_whose_it_is_by_its_possessor()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Ukraine launched British-supplied Storm Shadow missiles at Russian targets, following Washington's approval for Ukraine to use ATACMS against Russia."));
    }

    [Fact]
    public void None_of_these_countries_are_the_suppliers_named_just_before()
    {
        const string text = """
            The long-range question

            Ukraine has American ATACMS missiles, British Storm Shadow missiles and their French counterpart SCALP.

            However, none of these countries gave Ukraine permission to use its weapons for attacks deep into Russia.
            """;
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples(text));
    }

    [Fact]
    public void A_relative_clause_speaks_for_every_supplier_joined_before_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview), ("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("The United States and Great Britain, which have already transferred long-range weapons to Ukraine, are discussing allowing Ukraine to expand strikes on Russian territory."));
    }

    [Fact]
    public void A_supplier_named_right_before_a_rule_noun_owns_the_rule()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("On strikes deep inside Russia, the US refusal was one of the reasons Scholz gave for his reluctance to provide German-made Taurus missiles."));
    }

    [Fact]
    public void Maintaining_their_restrictions_keeps_each_suppliers_ban()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The U.S. and the U.K. have maintained their restrictions on the use of long-range missiles like ATACMS or Storm Shadow inside Russia."));
    }

    [Fact]
    public void A_list_of_suppliers_that_do_not_restrict_after_a_dash_names_each_of_them()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed), ("FR", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed), ("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Merz said there are no longer any range restrictions for weapons that have been delivered to Ukraine — neither by the British, nor by the French, nor by us, and not by the Americans either, so Ukraine can attack military positions in Russia."));
    }

    [Fact]
    public void No_restrictions_imposed_by_a_list_of_suppliers_is_each_ones_permission()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed), ("FR", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed), ("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Merz said that there are no longer any restrictions on the range of weapons delivered to Ukraine imposed by Germany, the U.S., the U.K., or France, so Ukraine may strike Russia."));
    }

    [Fact]
    public void A_short_verbless_follow_on_adds_its_suppliers_to_the_statement_before()
    {
        const string text = """
            Range limits

            The chancellor spoke about Ukraine and strikes on Russia on Monday.

            "There are no longer any range restrictions on weapons supplied to Ukraine, neither by the British nor by us. Not even by the Americans," he said.
            """;
        Assert.Contains(("US", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
        Assert.Contains(("GB", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void Imposing_restrictions_is_a_ban_for_the_suppliers_a_clause_initial_with_introduces()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited), ("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("With the United States and Germany reportedly imposing such restrictions on their weapons, Zelensky urged them to let Ukraine target Russian territory."));
    }

    [Fact]
    public void A_shared_system_named_alone_is_the_supplier_whose_name_for_it_is_used()
    {
        // Storm Shadow is Britain's name for the missile France calls SCALP; "they" is the missiles named before.
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The exception is the Storm Shadow, which was handed over on condition that they not be used against targets in Russia."));
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("SCALP missiles must not be used against targets on Russian territory."));
    }

    [Fact]
    public void An_office_of_a_named_country_belongs_to_that_country()
    {
        // "Ministry of Defence" alone stands for Britain's.
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Ministry of Defence of Canada says Kyiv can freely use the armoured vehicles it gave in Russia."));
    }

    [Fact]
    public void A_similar_decision_by_others_gives_them_the_rule_just_stated()
    {
        const string text = """
            Range limits

            The chancellor said on Monday that Germany had lifted all range limits on German weapons used against Russia. He added that a similar decision had been taken by Norway and Denmark.
            """;
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed), ("DK", WeaponClass.General, Stance.Allowed), ("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples(text));
        // One that only may follow is no decision.
        Assert.DoesNotContain(Reading.Triples(text.Replace("had been taken by", "may soon be taken by", StringComparison.Ordinal)), t => t.Supplier is "NO" or "DK");
    }

    [Fact]
    public void A_quote_from_someone_named_only_before_speaks_for_their_country()
    {
        const string text = """
            Jets

            "We will deliver the first aircraft this year," Belgian Prime Minister Alexander De Croo said at a press conference.
            "The jets are intended for use by the Ukrainian defence forces on the territory of Ukraine," the politician added.
            """;
        Assert.Equal([("BE", WeaponClass.General, Stance.Prohibited)], Reading.Triples(text));
    }

    [Fact]
    public void Suppliers_listed_between_dashes_are_the_subject()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed), ("FR", WeaponClass.General, Stance.Allowed), ("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Several allies – including the US, Germany and France – have given Kyiv permission to use their weapons on targets in Russia."));
    }

    [Fact]
    public void Not_going_it_alone_and_allowing_is_no_permission()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("London will not go it alone and let Kyiv fire long-range missiles into Russia without Washington's backing."));
    }

    [Fact]
    public void A_verbless_list_after_a_rule_with_no_supplier_names_its_suppliers_and_us_is_the_speakers_country()
    {
        const string text = """
            Range

            The Dutch prime minister spoke to reporters about strikes on Russia.

            "There are no longer any range limits on the weapons sent to Ukraine. Not from the Danes, nor from the Swedes, nor from us," the Dutch prime minister said.
            """;
        Assert.Equal(
            [("DK", WeaponClass.General, Stance.Allowed), ("NL", WeaponClass.General, Stance.Allowed), ("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples(text).Order().ToList());
    }

    [Fact]
    public void The_country_weapons_are_delivered_to_does_not_own_them()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Storm Shadow missiles delivered to Ukraine may not be used against targets in Russia."));
    }

    [Fact]
    public void A_verbless_list_of_members_after_a_group_holds_the_groups_stance()
    {
        const string text = """
            Majority

            Most NATO countries do not support strikes with Western weapons against Russia. In particular, Spain, Greece and Portugal.
            """;
        Assert.Equal(
            [("ES", WeaponClass.General, Stance.Prohibited), ("GR", WeaponClass.General, Stance.Prohibited), ("PT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples(text).Order().ToList());
    }

    [Fact]
    public void Similar_moves_by_others_give_them_the_same_stance()
    {
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.Allowed), ("NL", WeaponClass.General, Stance.Allowed), ("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Norway has allowed Ukraine to use its weapons against targets in Russia, following similar moves by Canada and the Netherlands.").Order().ToList());
    }

    [Fact]
    public void A_supplier_named_after_than_is_compared_with_not_acting()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Netherlands has been more willing than Berlin to lift restrictions on Ukraine's use of its weapons against Russia."));
    }

    [Fact]
    public void A_clause_of_but_and_a_verb_of_saying_shares_the_subject_before_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The UK Ministry of Defence declined to comment on which weapons Ukraine was using, but noted that operations inside Russia had not been precluded when the tanks were donated."));
        Assert.Empty(Reading.Triples("Moscow protested, but said the tanks may be used inside Russia."));
    }

    [Theory]
    [InlineData("There are no restrictions on strikes in Russia with weapons supplied by the UK and France.")]
    [InlineData("There are no restrictions on strikes in Russia with weapons supplied to Ukraine by the UK and France.")]
    public void Every_supplier_listed_after_supplied_by_owns_the_weapons(string sentence)
    {
        Assert.Equal([("FR", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Their_use_is_the_use_of_the_system_named_before_by_the_supplier_there_that_makes_it()
    {
        const string text = """
            Allies weigh strikes inside Russia

            The US has not allowed Ukraine to fire ATACMS into Russia.

            Like the US, the United Kingdom has sent its own Storm Shadow missiles to Kyiv. Their use, along with use of similar weapons from France, is currently limited to within Ukraine.
            """;
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples(text));
    }

    [Theory]
    [InlineData("The Netherlands delivered F-16 jets to Ukraine last year. The country has set no restrictions on their use over Russian territory.", "NL")]
    [InlineData("Canada has sent artillery to Kyiv. The government says Ukraine may use it against targets in Russia.", "CA")]
    public void A_sentence_opening_on_the_country_or_the_government_speaks_of_the_supplier_named_before(string text, string supplier)
    {
        Assert.Equal([(supplier, WeaponClass.General, Stance.Allowed)], Reading.Triples("Headline\n\n" + text));
    }

    [Fact]
    public void A_sentence_opening_on_they_speaks_of_the_suppliers_named_before_but_not_in_a_quote_or_a_belief()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Prohibited), ("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Headline\n\nBoth the US and Britain have refused Ukraine's requests. They do not allow Kyiv to use their weapons against targets in Russia."));
        Assert.Empty(Reading.Triples("Headline\n\nThe Dutch minister spoke after meeting an American official. \u201cThey have other restrictions in place on the weapons they have sent to strike Russia.\u201d"));
        Assert.Empty(Reading.Triples("Headline\n\nGerman and French officials met on Monday. They also believe that lifting restrictions on strikes in Russia will change little."));
    }

    [Fact]
    public void A_second_rule_in_the_sentence_belongs_to_the_supplier_right_before_it()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited), ("FR", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("While the UK and France allow Ukraine to strike Russia with their weapons, Germany still refuses."));
    }

    [Fact]
    public void A_supplier_after_unlike_is_contrasted_with_not_the_one_that_acts()
    {
        Assert.Equal(
            [("IT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Italy, unlike Germany, does not allow its weapons to be used on Russian territory."));
    }

    [Fact]
    public void A_sentence_ending_in_either_continues_a_statement_read_without_Russia_of_its_own()
    {
        const string text = """
            Range

            Ukraine can strike military targets in Russia, Merz said. There are no longer any restrictions on the range of weapons delivered to Ukraine by the UK. There are no restrictions by the US either.
            """;
        Assert.Contains(("US", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
        Assert.Contains(("GB", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void Suppliers_that_made_similar_statements_after_the_rule_hold_it_too()
    {
        Assert.Equal(
            [("FI", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed), ("PL", WeaponClass.General, Stance.Allowed), ("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Cameron said Ukraine has the right to strike Russian targets with weapons provided by London, and later Sweden, Poland and Finland made similar statements."));
    }

    [Fact]
    public void A_supplier_that_followed_suit_but_only_near_Kharkiv_is_limited()
    {
        const string text = """
            Suit

            Germany has allowed Ukraine to use German weapons against Russia. The United States followed suit, but only to defend the under-fire Kharkiv region.
            """;
        Assert.Contains(("US", WeaponClass.General, Stance.Limited), Reading.Triples(text));
        Assert.DoesNotContain(("US", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void A_but_clause_opening_on_did_shares_the_sentence_subject()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The US announced new aid for Kyiv during the summit, but did not signal any change to its policy on long-range strikes in Russia."));
    }

    [Fact]
    public void Where_someone_travels_is_no_subject()
    {
        Assert.Empty(Reading.Triples("Moscow's threats coincide with Zelensky's visit to Washington, where he continued to push Biden to allow Ukraine to use American weapons deep in Russia."));
    }

    [Fact]
    public void These_weapons_after_but_are_owned_by_the_suppliers_named_before()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Ukraine receives long-range missiles from Britain and France, but the use of these weapons on Russian territory remains restricted."));
    }

    [Fact]
    public void Comma_and_before_a_new_subject_starts_a_sentence_of_its_own()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Zelensky has urged the allies to let Kyiv strike Russia with their weapons, and US President Joe Biden said his government is working on lifting restrictions on ATACMS."));
    }

    [Fact]
    public void What_a_Kremlin_official_guesses_a_supplier_decided_is_a_claim()
    {
        Assert.Empty(Reading.Triples("Kremlin spokesman Dmitry Peskov told reporters that Washington appears to have already decided to permit ATACMS strikes on Russia."));
    }

    [Fact]
    public void What_the_Kremlin_states_a_supplier_did_is_reported()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("The Kremlin said that the US administration will further inflame tensions by allowing Ukraine to use long-range missiles for strikes inside Russia."));
    }

    [Fact]
    public void Before_starts_a_clause_of_its_own()
    {
        Assert.DoesNotContain(
            ("US", WeaponClass.General, Stance.UnderReview),
            Reading.Triples("Britain and France were open to easing restrictions on strikes in Russia, before US President Joe Biden said American weapons could be used there."));
    }

    [Fact]
    public void A_second_rule_in_a_clause_belongs_to_the_person_right_before_it()
    {
        var triples = Reading.Triples("The Netherlands will not impose restrictions like those of Belgium, where Prime Minister Alexander De Croo cautioned Kyiv against flying the F-16s into Russian airspace.");
        Assert.Contains(("BE", WeaponClass.General, Stance.Prohibited), triples);
        Assert.DoesNotContain(("NL", WeaponClass.General, Stance.Prohibited), triples);
    }

    [Fact]
    public void A_clause_naming_no_supplier_belongs_to_the_one_supplier_named_after_it()
    {
        Assert.Contains(
            ("US", WeaponClass.LongRange, Stance.Prohibited),
            Reading.Triples("The policy on long-range strikes into Russia has not changed, as President Joe Biden keeps the restrictions on American weapons in place."));
    }

    [Fact]
    public void Also_continues_a_sentence_on_the_topic_that_named_no_supplier()
    {
        const string text = """
            Ukraine strikes Russia with Western weapons

            Several NATO countries have recently decided to allow Ukraine to strike at Russian territory with Western weapons. The United States also allowed the Ukrainian Armed Forces to strike targets related to the offensive in the Kharkiv region.
            """;
        Assert.Equal([("US", WeaponClass.General, Stance.Limited)], Reading.Triples(text));
    }

    [Fact]
    public void The_country_an_envoy_is_posted_to_is_not_the_speaker()
    {
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Canadian Ambassador to the United States said Canada has never imposed restrictions on the weapons it provided to Ukraine for strikes on Russia."));
    }

    [Fact]
    public void No_objections_in_this_matter_after_a_statement_on_strikes_is_a_permission()
    {
        const string text = """
            Allies back strikes on Russia

            Britain and Sweden have said Ukraine can use their weapons against targets in Russia.

            Poland's position is clear, Ukraine must be able to fight with the equipment it receives, and Poland has no objections in this matter.
            """;
        Assert.Contains(("PL", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void A_critic_of_others_for_allowing_allows_nothing()
    {
        Assert.Empty(Reading.Triples("Slovak Prime Minister Robert Fico criticized Western nations for allowing Kiev to strike Russian territory."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Moscow criticized Washington for allowing Kyiv to strike Russian territory with ATACMS."));
    }

    [Fact]
    public void A_capital_where_a_meeting_happens_is_no_government()
    {
        Assert.Empty(Reading.Triples("Stoltenberg Floats Talks On Lifting Of Weapons Restrictions On Strikes In Russia As NATO Meets In Prague"));
    }

    [Fact]
    public void A_president_elect_speaks_for_no_government_yet()
    {
        Assert.Empty(Reading.Triples("President-elect Donald Trump told Time magazine that he was opposed to Ukraine using the missiles to strike Russia."));
    }

    [Fact]
    public void The_country_a_speaker_visits_is_not_the_speaker()
    {
        Assert.Empty(Reading.Triples("\"We have not imposed any restrictions on the use of the F-16s against Russia,\" he said during a visit to the United States."));
    }

    [Fact]
    public void Similar_moves_made_by_others_give_them_the_same_stance()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed), ("FR", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Merz said Germany had lifted restrictions on the range of German weapons used against Russia, saying similar moves were made by Britain and France."));
    }

    [Theory]
    [InlineData("SOFIA: The US still bars Ukraine from using ATACMS inside Russia.")]
    [InlineData("The U.S. Helsinki Commission said the Pentagon still bars Ukraine from using ATACMS inside Russia.")]
    public void A_capital_in_a_dateline_or_in_a_commission_s_name_is_not_its_country(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Those_who_followed_a_named_suppliers_decision_share_its_stance()
    {
        const string Text = "Duda hails U.S. decision\n\n"
            + "Duda said a U.S. decision to allow Ukraine to fire ATACMS missiles against targets in Russia may be decisive. "
            + "Zelensky said the missiles would speak for themselves. "
            + "Duda noted that following the U.S. decision, France and the United Kingdom also made similar decisions.";
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed), ("GB", WeaponClass.LongRange, Stance.Allowed), ("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples(Text));
    }

    [Fact]
    public void An_official_named_by_last_name_only_speaks_for_the_quote_after()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Singh spoke to reporters on Tuesday.\n\n“We don't support long-range attacks into Russia,” she said."));
    }

    [Fact]
    public void A_first_person_quote_is_not_said_by_the_leader_met_afterwards()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Limited)],
            Reading.Triples("“We will allow them to strike military targets in Russia near the border,” Macron said after talks with German Chancellor Olaf Scholz."));
    }

    [Fact]
    public void The_one_told_is_not_the_one_who_tells()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Britain has signalled to the US that it is ready to let Ukraine fire Storm Shadow missiles into Russia."));
    }

    [Fact]
    public void A_convention_named_after_a_capital_is_not_its_country()
    {
        Assert.Empty(Reading.Triples("The Ottawa Convention prohibits the use of such weapons on Russian territory."));
    }

    [Fact]
    public void Non_US_weapons_are_not_American()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Britain lets Kyiv fire non-US long-range missiles at targets in Russia."));
    }

    [Fact]
    public void A_suppliers_other_allies_are_not_the_supplier()
    {
        Assert.Equal(
            [("PL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Poland and Germany's other NATO allies have said they have no problem with Ukraine using their weapons to hit Russia."));
    }

    [Fact]
    public void Rules_on_nuclear_weapons_are_no_rule_on_Ukraine()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Biden allowed Ukraine to strike Russia with ATACMS. The move prompted the Kremlin to loosen its rules on using nuclear weapons, amid warnings from Lavrov that the United States and Russia were on the brink of direct military confrontation."));
    }

    [Fact]
    public void Who_is_expected_to_join_another_supplier_considers_while_the_one_joined_has_allowed()
    {
        Assert.Equal(
            [("DE", WeaponClass.LongRange, Stance.Allowed), ("NL", WeaponClass.LongRange, Stance.UnderReview), ("NO", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("The Dutch and Norwegian governments are expected to join Chancellor Friedrich Merz in allowing Kyiv to fire long-range missiles into Russia."));
    }

    [Fact]
    public void A_supplier_named_as_the_place_of_thanks_is_not_the_one_thanked()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("At a dinner in Kyiv, Zelensky thanked France during the conference in Berlin for lifting the ban on SCALP strikes in Russia."));
    }
}
