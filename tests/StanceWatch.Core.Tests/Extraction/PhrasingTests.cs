using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction;

/// <summary>Ways news states a rule that are not a plain "allows" or "bans".</summary>
public sealed class PhrasingTests
{
    [Theory]
    [InlineData("A Pentagon spokesman said US policy on Ukraine firing ATACMS into Russia had not changed.", "US", WeaponClass.LongRange)]
    [InlineData("Berlin is not going to change its position on German arms being used against Russian territory, a government spokesman said.", "DE", WeaponClass.General)]
    public void A_policy_said_to_be_unchanged_is_a_denial_that_the_restriction_moved(string sentence, string supplier, WeaponClass weaponClass)
    {
        var statement = Assert.Single(Reading.Statements(sentence, "t.txt"));
        Assert.Equal((supplier, weaponClass, Stance.Prohibited), (statement.Supplier, statement.WeaponClass, statement.Stance));
        Assert.Equal(StatementKind.Denial, statement.Kind);
    }

    [Fact]
    public void A_restriction_said_to_remain_in_place_is_Prohibited()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("British officials said the ban on launching Storm Shadow missiles into Russia remains in place."));
    }

    [Fact]
    public void Refusing_to_supply_a_weapon_is_not_a_rule_on_where_it_is_used()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Scholz ruled out sending Taurus missiles to Kyiv and said German weapons must not be used against Russia."));
    }

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

    [Theory]
    [InlineData("Spain's defence minister said Spanish arms are supplied for use on Ukrainian territory only.", "ES")]
    [InlineData("Rome insists that Italian weapons cannot be used outside Ukraine.", "IT")]
    [InlineData("Washington has so far resisted Kyiv's pleas to fire ATACMS at targets inside Russia.", "US")]
    public void Confining_use_to_Ukraine_or_resisting_requests_is_Prohibited(string sentence, string supplier)
    {
        var triple = Assert.Single(Reading.Triples(sentence));
        Assert.Equal((supplier, Stance.Prohibited), (triple.Supplier, triple.Stance));
    }

    [Fact]
    public void Supporting_a_change_to_the_rules_on_Western_weapons_is_advocacy()
    {
        Assert.Empty(Reading.Triples("Latvia supports lifting all restrictions on the use of Western weapons against targets in Russia, its president said."));
    }

    [Fact]
    public void No_decision_yet_is_a_consideration()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Downing Street said no decision had been made on allowing Storm Shadow strikes inside Russia."));
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
    public void Reluctance_to_permit_is_a_refusal()
    {
        Assert.Equal(
            [("AT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Austria has been reluctant to permit Ukraine to use Austrian equipment against targets over the border in Russia."));
    }

    [Fact]
    public void Declining_to_rule_out_a_permission_is_a_consideration()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Macron declined to rule out allowing Kyiv to fire SCALP missiles at targets inside Russia."));
    }

    [Fact]
    public void A_headline_naming_what_a_minister_spoke_about_is_not_a_decision()
    {
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Norway's foreign minister on allowing strikes on Russia with Norwegian weapons: our position has not changed"));
    }

    [Fact]
    public void Barring_only_other_targets_is_a_limited_permission()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Limited)],
            Reading.Triples("France will not allow its weapons to be used against other targets in Russia, the Élysée said."));
    }

    [Fact]
    public void Just_missiles_in_a_headline_is_the_long_range_statement_of_the_body()
    {
        const string text = """
            Canada lets Ukraine fire its missiles into Russia

            Canada has authorised Ukraine to use Canadian long-range missiles against military targets inside Russia, officials said.
            """;
        var statements = Reading.Statements(text, "ca.txt");
        Assert.All(statements, s => Assert.Equal(WeaponClass.LongRange, s.WeaponClass));
        Assert.NotEmpty(statements);
    }

    [Fact]
    public void A_limit_in_a_following_clause_without_its_own_stance_still_limits()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Washington has authorised Ukraine to strike Russian territory with American weapons, but only along the border with the Kharkiv region."));
    }

    [Fact]
    public void A_denied_limit_limits_nothing()
    {
        Assert.Equal(
            [("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The use of Swedish-provided weapons is not limited to the territory of Ukraine and they can be used to strike Russia."));
    }

    [Fact]
    public void Saying_it_would_not_prohibit_is_a_policy_not_speculation()
    {
        Assert.Equal(
            [("FI", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Helsinki said it would not prohibit Ukraine from attacking Russia with Finnish weapons."));
    }

    [Fact]
    public void Them_after_a_stance_refers_to_the_long_range_weapon_of_the_sentence_before()
    {
        const string text = """
            Missiles cleared

            The long-range Storm Shadow missiles were first restricted to Ukrainian territory.

            London has now cleared Kyiv to fire them at targets in Russian territory, officials said.
            """;
        var statements = Reading.Statements(text, "gb.txt");
        Assert.Contains(statements, s => s is { Supplier: "GB", WeaponClass: WeaponClass.LongRange, Stance: Stance.Allowed });
        Assert.DoesNotContain(statements, s => s is { Supplier: "GB", WeaponClass: WeaponClass.General });
    }

    [Fact]
    public void In_an_article_about_strikes_on_Russia_no_restrictions_need_not_name_Russia_again()
    {
        const string text = """
            Allies split over strikes on Russia

            Kyiv wants its partners to let it strike military targets inside Russia with their weapons.

            “Norway has not set any restrictions on how Ukraine can use Norwegian equipment,” the Norwegian foreign minister said.
            """;
        var statements = Reading.Statements(text, "no.txt");
        Assert.Contains(statements, s => s is { Supplier: "NO", Stance: Stance.Allowed });

        // An aid story that never speaks of Russia, nor of how Ukraine may use what it gets, is not about this topic.
        var offTopic = "Aid package grows\n\n“Norway has not set any limits on how much equipment it will send to Ukraine,” the Norwegian foreign minister said.";
        Assert.Empty(Reading.Statements(offTopic, "no2.txt"));
    }

    [Fact]
    public void Not_supporting_strikes_is_a_refusal_and_consistent_with_policy_a_permission()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("A Pentagon spokeswoman said the United States does not support long-range attacks deep into Russia."));
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Using US weapons against targets across the border in Russia is consistent with US policy, the State Department said."));
    }

    [Fact]
    public void A_statement_naming_no_weapons_folds_into_the_long_range_one_of_the_same_supplier_and_stance()
    {
        const string text = """
            Paris sets no red lines

            Ukraine may fire French long-range missiles into Russian territory, the French foreign minister said.

            He said France has no red lines and that Kyiv can strike targets in Russia.
            """;
        var statements = Reading.Statements(text, "fr.txt");
        Assert.Contains(statements, s => s is { Supplier: "FR", WeaponClass: WeaponClass.LongRange, Stance: Stance.Allowed });
        Assert.DoesNotContain(statements, s => s is { Supplier: "FR", WeaponClass: WeaponClass.General });
    }

    [Fact]
    public void A_relative_clause_speaks_for_the_supplier_it_hangs_on()
    {
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("The remarks followed comments by the Canadian prime minister, who said his government was working out whether to allow Kyiv to use its weapons against Russia."));
    }

    [Fact]
    public void In_an_article_about_strikes_on_Russia_long_range_weapons_need_not_name_Russia_again_unless_placed_in_Ukraine()
    {
        const string text = """
            The long-range debate

            Kyiv wants to strike military targets inside Russia with Western weapons.

            The British government is considering whether to allow Kyiv to fire Storm Shadow missiles more freely.

            Britain has allowed Ukraine to use Storm Shadow missiles in Crimea for a year.
            """;
        var statements = Reading.Statements(text, "gb.txt");
        var statement = Assert.Single(statements);
        Assert.Equal(("GB", WeaponClass.LongRange, Stance.UnderReview), (statement.Supplier, statement.WeaponClass, statement.Stance));
    }

    [Fact]
    public void A_legislators_view_is_not_the_governments_policy()
    {
        Assert.Empty(Reading.Triples("Anna Berg, a member of the Swedish parliament's defence committee, said Ukraine has the right to strike Russia with Swedish weapons."));
        Assert.Equal(
            [("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Sweden's defence minister said Ukraine has the right to strike Russia with Swedish weapons."));
        Assert.Equal(
            [("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Swedish defence minister told parliament that Ukraine has the right to strike Russia with Swedish weapons."));
    }

    [Fact]
    public void A_permission_confined_to_Ukrainian_territory_bars_Russia()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Belgium's prime minister said the F-16s are jets that Ukrainians can use on Ukrainian territory."));
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Belgium said that Ukraine could use the supplied Belgian weapons only to defend its territories."));
    }

    [Fact]
    public void Considering_it_logical_is_an_opinion_not_a_consideration()
    {
        Assert.Equal(
            [("CZ", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Czech prime minister considers it logical that Ukraine can strike military targets in Russia with Czech weapons."));
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
    public void A_negation_reaches_its_permission_across_a_verb_of_giving_and_its_recipient()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Germany is not going to give the Armed Forces of Ukraine permission to strike Russian territory with German weapons."));
    }

    [Fact]
    public void A_decision_belongs_to_the_supplier_that_made_it_not_to_everyone_named_before_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Berlin was informed in advance of the US decision to allow Kyiv to fire long-range missiles at positions in Russia."));
    }

    [Fact]
    public void A_right_to_strike_however_qualified_is_a_permission()
    {
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Norway's foreign minister said Ukraine has an absolute right under international law to strike targets on Russian territory with Norwegian weapons."));
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

    [Theory]
    [InlineData("The United States and Britain may grant Ukraine a green light to fire Storm Shadow missiles into Russia, The Times reported.")]
    [InlineData("Britain has sent the missiles, but the United States must give its permission for strikes on Russian territory.")]
    public void A_permission_that_may_come_or_must_first_be_given_is_not_given(string sentence)
    {
        Assert.DoesNotContain(Reading.Triples(sentence), t => t.Stance is Stance.Allowed or Stance.Limited);
    }

    [Fact]
    public void A_permission_word_naming_a_procedure_is_not_a_permission()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("A Pentagon approval procedure has prevented Ukraine from firing ATACMS missiles at targets in Russia since spring, officials said."));
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
    public void Supporting_strikes_is_a_permission_but_supporting_others_lifting_restrictions_is_advocacy()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("France's president expressed support for Ukrainian strikes on military targets in Russia with French weapons."));
        Assert.Empty(Reading.Triples("Latvia supports lifting all restrictions on the use of Western weapons against targets in Russia."));
    }

    [Fact]
    public void Talks_about_whether_to_approve_are_a_consideration_but_unclear_whether_is_unknown()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Talks at the White House focused on whether to approve Kyiv's use of ATACMS missiles in Russia, US officials said."));
        Assert.Empty(Reading.Triples("It is unclear whether the US would allow Kyiv to fire ATACMS missiles into Russia."));
    }

    [Fact]
    public void An_unchanged_policy_about_allowing_is_a_denial_unless_the_permission_it_keeps_is_limited()
    {
        var denial = Assert.Single(Reading.Statements("The White House has not changed its policy about allowing Ukraine to use long-range missiles to strike inside Russia, a spokesman said."));
        Assert.Equal((Stance.Prohibited, StatementKind.Denial), (denial.Stance, denial.Kind));
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The United States has not changed its policy of allowing Ukraine to use American weapons against imminent threats just across the border in Russia."));
    }

    [Theory]
    [InlineData("The French foreign minister said that allowing Ukraine to fire long-range missiles at military sites in Russia remains one of the options.")]
    [InlineData("The French foreign minister said there was nothing new in France's stance on long-range strikes on Russian territory, adding that such a scenario remained an option.")]
    [InlineData("The French foreign minister said it was an option that France would consider if it allowed Kyiv to strike Russian sites with long-range missiles.")]
    public void An_option_that_remains_or_that_one_would_consider_is_a_consideration(string sentence)
    {
        Assert.Equal([("FR", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
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
    public void A_parenthetical_however_keeps_its_subject_and_a_reported_would_is_a_decision()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Belgium, however, has stated that its donated F-16 aircraft can only be used within Ukraine's territory."));
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Netherlands indicated that it would allow Ukraine to strike inside Russia with Dutch weapons."));
        Assert.Empty(Reading.Triples("Officials said the Netherlands would soon allow Ukraine to strike inside Russia with Dutch weapons."));
    }

    [Fact]
    public void A_sentence_about_such_attacks_is_on_the_topic_of_its_article()
    {
        const string text = """
            Debate in Europe

            The debate about attacks on Russian territory with Western weapons has been intense in Europe.

            Spain and Portugal have stated that their weapon donations may be used for such attacks.
            """;
        Assert.Equal(
            [("ES", WeaponClass.General, Stance.Allowed), ("PT", WeaponClass.General, Stance.Allowed)],
            Reading.Triples(text));
    }

    [Fact]
    public void Authorising_transfers_of_weapons_is_about_supply_not_use()
    {
        Assert.Empty(Reading.Triples("Blinken said he authorized and fully endorsed transfers of defensive equipment to Ukraine to defend itself against Russia's aggression."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The US policy calling on Ukraine not to use American-provided long-range missiles to strike inside Russia has not changed."));
    }

    [Fact]
    public void What_weapons_are_for_is_not_a_rule_and_wanting_another_to_allow_is_advocacy()
    {
        Assert.DoesNotContain(
            Reading.Triples("Canada fully supports Ukraine using Canadian weapons to prevent and interdict Russia's attacks on civilian infrastructure."),
            t => t.Stance == Stance.Prohibited);
        Assert.Empty(Reading.Triples("Ukraine and many of its supporters want President Biden to let Kyiv use the weapons to strike military targets deeper inside Russia."));
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
    public void Deployment_against_Russia_is_use_against_Russia()
    {
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("In a policy shift by Norway, deployment against Russian territory has just been authorised."));
    }

    [Fact]
    public void Talks_expected_about_whether_to_allow_are_a_consideration()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Keir Starmer is expected to launch talks about whether to approve the use of long-range weapons in Russia."));
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("France had already signalled it was open to easing restrictions on Ukraine striking Russian territory with its weapons."));
    }

    [Fact]
    public void He_or_she_is_the_person_named_before()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("The war will not turn on long-range missiles alone, Keir Starmer said, as he prepared talks on whether to approve their use in Russia."));
    }

    [Fact]
    public void Such_weapons_are_the_ones_named_before()
    {
        const string text = """
            London weighs a change

            Britain has long refused to let Kyiv fire Storm Shadow missiles into Russia.

            Downing Street said on Tuesday that it was considering allowing the use of such weapons against Russian territory.
            """;
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(text));
    }

    [Fact]
    public void Not_wanting_weapons_delivered_is_about_supply()
    {
        const string text = """
            Berlin keeps its no

            The US has allowed Ukraine to use ATACMS inside Russia, but the German chancellor said it changed nothing.

            "He does not want these long-range weapons to be delivered," the spokesperson said of the chancellor.
            """;
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples(text));
    }

    [Fact]
    public void Saying_it_is_right_to_relax_the_rules_is_an_opinion_not_a_policy()
    {
        const string text = """
            Prague speaks up

            The Czech foreign minister, Jan Lipavsky, spoke to reporters about strikes on Russian airfields.

            He said it was right to relax restrictions on weapons in response to Russia's attacks.
            """;
        Assert.Empty(Reading.Triples(text));
    }

    [Fact]
    public void A_permission_that_does_not_extend_to_a_weapon_bars_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The authorization to strike Russia does not extend to long-range ATACMS missiles."));
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

    [Fact]
    public void A_potential_permission_or_a_ban_that_could_come_is_not_a_rule()
    {
        Assert.Empty(Reading.Triples("Zelensky was more optimistic about a potential US authorization for long-range strikes on Russian territory."));
        Assert.Empty(Reading.Triples("The report pointed out that Washington could restrict Ukraine's use of the missiles against Russia, as they rely on American data."));
    }

    [Fact]
    public void Being_willing_to_allow_is_a_consideration()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("The president signaled that he would be willing to allow Ukraine to use American long-range missiles inside Russia."));
    }

    [Fact]
    public void A_range_allowed_is_a_limit()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Russian jets fire from airfields beyond the range allowed by the US for strikes inside Russia with US-supplied weapons."));
    }

    [Fact]
    public void A_consideration_naming_no_weapons_in_a_story_about_long_range_ones_is_about_them()
    {
        const string text = """
            Washington widens its permission

            President Joe Biden has allowed Ukraine to use ATACMS against Russian and North Korean troops in the Kursk region of Russia.

            It is not ruled out that Biden may allow Kyiv to use American missiles elsewhere in Russia, officials said.
            """;
        Assert.Contains(("US", WeaponClass.LongRange, Stance.UnderReview), Reading.Triples(text));
        Assert.DoesNotContain(("US", WeaponClass.General, Stance.UnderReview), Reading.Triples(text));
    }

    [Fact]
    public void Not_encouraging_or_enabling_strikes_is_Prohibited()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The White House reiterated that it does not encourage or enable strikes inside Russia with US weapons."));
    }

    [Theory]
    [InlineData("Biden has rejected Ukraine's request to use US long-range missiles in Russia.")]
    [InlineData("Washington has so far declined Kyiv's requests to use ATACMS inside Russia.")]
    [InlineData("The White House turned down calls to allow ATACMS strikes on Russian territory.")]
    [InlineData("Washington is still holding back permission for ATACMS strikes on Russian soil.")]
    public void Refusing_a_request_or_holding_back_permission_is_Prohibited(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Washington signed off on Ukraine's use of ATACMS against targets deep in Russia.")]
    [InlineData("The restrictions on ATACMS strikes inside Russia have been removed, a US official confirmed.")]
    public void Signing_off_and_restrictions_that_have_been_removed_allow(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_permission_with_no_object_of_its_own_is_for_the_weapons_named_before()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Ukraine fired British Storm Shadow missiles into Russia for the first time, after London gave permission."));
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
    public void Missiles_that_cannot_be_fired_into_Russia_are_Prohibited()
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples("ATACMS still cannot be fired into Russia under US rules."));
    }

    [Fact]
    public void A_permission_says_whose_it_is_by_its_possessor()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Ukraine launched British-supplied Storm Shadow missiles at Russian targets, following Washington's approval for Ukraine to use ATACMS against Russia."));
    }

    [Fact]
    public void A_permission_not_officially_confirmed_is_no_rule()
    {
        Assert.Empty(Reading.Triples("London has not officially confirmed allowing Kyiv to use its missiles against targets inside Russia."));
    }

    [Fact]
    public void A_countrys_press_is_not_its_government()
    {
        Assert.Empty(Reading.Triples("According to German magazine Focus, Ukrainians are now only allowed to attack about 16 per cent of Russian territory with Western weapons."));
    }

    [Fact]
    public void A_delayed_decision_is_a_consideration()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview), ("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Keir Starmer and Joe Biden on Friday delayed a decision to let Ukraine fire long-range Western-supplied missiles into Russia."));
    }

    [Fact]
    public void Being_willing_decides_and_would_be_willing_considers()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Macron is willing to allow Ukraine to neutralise military sites in Russia with French weapons."));
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Macron said he would be willing to allow Ukraine to neutralise military sites in Russia with French weapons."));
    }

    [Fact]
    public void Reluctance_to_grant_a_demand_refuses_what_was_asked()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Biden is understood to be reluctant to grant Ukraine's insistent demand to be able to use long-range US-made ATACMS missiles against Russian territory."));
    }

    [Fact]
    public void Use_at_its_discretion_needs_no_Russia_in_a_story_about_strikes_on_Russia()
    {
        const string text = """
            Paris and London on strikes

            France said Ukraine should be allowed to use French weapons against military sites in Russia.

            Britain has supplied Storm Shadow missiles to Ukraine.

            British Foreign Secretary David Cameron said Ukraine has the right to use these weapons at its discretion.
            """;
        Assert.Contains(("GB", WeaponClass.LongRange, Stance.Allowed), Reading.Triples(text));
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
    public void No_new_decisions_expected_is_a_denial()
    {
        var statement = Assert.Single(Reading.Statements(
            "White House spokeswoman Karine Jean-Pierre said not to expect new decisions on long-range strikes on Russian territory after the meeting."));
        Assert.Equal(("US", WeaponClass.LongRange, Stance.Prohibited, StatementKind.Denial), (statement.Supplier, statement.WeaponClass, statement.Stance, statement.Kind));
    }

    [Fact]
    public void A_named_system_keeps_its_own_class_however_deep_it_flies()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Ukraine can use Dutch-supplied F-16 fighter jets against military targets deep inside Russian territory, the defence minister said."));
    }

    [Fact]
    public void Warning_Kyiv_not_to_attack_is_Prohibited()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Prime Minister Alexander De Croo warned Kyiv not to attack targets in Russian airspace with Belgian F-16s."));
    }

    [Fact]
    public void The_Associated_Press_is_an_outlet_not_pressure()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Associated Press reported that President Joe Biden had authorized Ukraine to use U.S. weapons to attack inside Russia."));
    }

    [Fact]
    public void Despite_supporting_Ukraine_a_restriction_is_still_a_restriction()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Despite supporting Ukraine's actions against Russia, Washington continues to restrict Ukraine from using US-supplied ATACMS missiles for deep strikes inside Russia."));
    }

    [Fact]
    public void Wanting_Ukraine_to_avoid_deep_attacks_is_Prohibited()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Washington still wants Ukraine to avoid launching deep attacks into Russian territory using American arms."));
    }

    [Fact]
    public void Not_ruling_out_however_phrased_is_a_consideration()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Macron did not directly rule out letting Ukraine strike Russian territory with French weapons."));
    }

    [Fact]
    public void Crossfire_across_the_border_is_a_limit()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("A Pentagon spokeswoman said it was consistent with US policy for Ukraine to engage in crossfire from its border into Russian positions."));
    }

    [Fact]
    public void A_relative_clause_speaks_for_every_supplier_joined_before_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview), ("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("The United States and Great Britain, which have already transferred long-range weapons to Ukraine, are discussing allowing Ukraine to expand strikes on Russian territory."));
    }

    [Fact]
    public void Weapons_that_now_belong_to_Ukraine_may_be_used_as_it_decides()
    {
        const string text = """
            Berlin on its weapons

            The US has permitted Ukraine to use American weapons for attacks on targets deep within Russia.

            A German defence ministry spokesperson said the weapons Germany has transferred to Ukraine now belong to that country and can be used within international law.
            """;
        Assert.Equal([("DE", WeaponClass.General, Stance.Allowed), ("US", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples(text));
    }

    [Fact]
    public void A_supplier_named_right_before_a_rule_noun_owns_the_rule()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("On strikes deep inside Russia, the US refusal was one of the reasons Scholz gave for his reluctance to provide German-made Taurus missiles."));
    }

    [Fact]
    public void Lets_is_an_exhortation_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Now, let's get to the point: the Pentagon reviews every Ukrainian request to fire ATACMS at targets in Russia."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Washington will let Ukraine fire ATACMS at targets in Russia."));
    }

    [Theory]
    [InlineData("Belgian Prime Minister Alexander De Croo said the F-16 jets will be used by the Ukrainian Armed Forces on Ukrainian territory.")]
    [InlineData("De Croo said Belgian weapons are intended for use by the Ukrainian defence forces on the territory of Ukraine.")]
    [InlineData("De Croo said the weapons provided by Belgium as part of a security agreement, including F-16 aircraft, will be used by the Ukrainian Armed Forces on Ukrainian territory.")]
    public void Use_meant_for_Ukraine_with_Russia_unmentioned_stops_at_the_border(string sentence)
    {
        Assert.Equal([("BE", WeaponClass.General, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void What_a_weapon_can_reach_is_not_what_its_user_may_do()
    {
        Assert.Empty(Reading.Triples("Ukraine has drones that can hit targets further inside Russia than the British-provided Storm Shadow missiles, which can hit targets up to 155 miles away."));
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("London says Ukraine can hit targets inside Russia with British Storm Shadow missiles."));
    }

    [Fact]
    public void Pushing_back_on_requests_refuses_them()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Lloyd Austin pushed back on Ukraine's requests to use US weapons to launch long-range strikes inside Russian territory."));
    }

    [Theory]
    [InlineData("Biden says his administration is working to allow Ukraine to use long-range weapons against Russia")]
    [InlineData("Biden says ending ban on Ukraine's use of long-range weapons against Russia being worked out")]
    [InlineData("Biden said his administration was \"working that out now\" when asked if the U.S. would lift restrictions on Ukraine's use of long-range weapons against Russia.")]
    public void Working_on_or_out_a_change_is_a_consideration(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Fact]
    public void Maintaining_their_restrictions_keeps_each_suppliers_ban()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The U.S. and the U.K. have maintained their restrictions on the use of long-range missiles like ATACMS or Storm Shadow inside Russia."));
    }

    [Fact]
    public void A_call_to_lift_restrictions_is_advocacy_even_when_an_official_is_asked_about_it()
    {
        Assert.Empty(Reading.Triples("Kirby was asked to comment on Zelenskyy's recent call to lift restrictions on the use of American weapons for strikes on Russian territory."));
    }

    [Fact]
    public void A_list_of_suppliers_that_do_not_restrict_after_a_dash_names_each_of_them()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed), ("FR", WeaponClass.General, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed), ("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Merz said there are no longer any range restrictions for weapons that have been delivered to Ukraine — neither by the British, nor by the French, nor by us, and not by the Americans either, so Ukraine can attack military positions in Russia."));
    }

    [Fact]
    public void A_clause_of_time_says_when_not_how_far()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Allowed), ("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The United States and Britain authorized strikes on Russian soil after North Korean troops were sent to the Kursk region."));
    }

    [Fact]
    public void Only_allowed_inside_Ukraine_is_barred_from_Russia_even_when_Russia_is_the_enemy()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The Biden administration had only allowed Kyiv to use US-supplied weapons to fight against Russia inside Ukraine."));
    }

    [Fact]
    public void A_later_plain_permission_is_not_narrowed_by_an_earlier_limited_one()
    {
        const string text = """
            Berlin on range limits

            In May the US allowed Ukraine to hit Russian forces near Kharkiv with American weapons.

            Germany's chancellor later spoke at a forum in Berlin about the war.

            Officials added that no other news was expected this week.

            The chancellor said there are now no range restrictions at all on American weapons used against Russia.
            """;
        Assert.Contains(("US", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void A_taboo_from_a_supplier_is_its_ban()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The taboo from the United States on using their weapons to attack Russian territory hampers Ukraine's defence, analysts said."));
    }

    [Fact]
    public void A_permission_that_could_have_consequences_is_imagined_not_granted()
    {
        Assert.Empty(Reading.Triples("Biden said he felt allowing U.S. missiles to be used on Russian territories could draw the United States into direct conflict."));
        Assert.Equal(
            [("US", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Washington is considering allowing U.S. missiles to be used on Russian territory, which could anger Moscow."));
    }

    [Fact]
    public void A_system_named_right_after_its_noun_is_the_weapon()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed), ("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("France and the UK have also lifted their ban on the use of the Franco-British cruise missile Scalp/Storm Shadow within Russia."));
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
    public void Having_no_problem_with_the_use_allows_it()
    {
        Assert.Equal(
            [("CZ", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Prague has no problems with Ukraine using weapons supplied by the Czech Republic to attack targets on Russian territory."));
    }

    [Fact]
    public void Imposing_restrictions_is_a_ban_for_the_suppliers_a_clause_initial_with_introduces()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited), ("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("With the United States and Germany reportedly imposing such restrictions on their weapons, Zelensky urged them to let Ukraine target Russian territory."));
    }

    [Fact]
    public void Thinking_Ukraine_should_be_able_to_is_an_opinion()
    {
        const string text = """
            Prague on allies

            Ukraine received long-range ATACMS from the USA and is still waiting for German Taurus missiles to strike Russia.

            "I think that Ukraine should be able to use these systems, but I leave it to the allies," the Czech foreign minister said.
            """;
        Assert.DoesNotContain(Reading.Triples(text), t => t.Supplier == "DE");
    }

    [Fact]
    public void Restrictions_on_Ukraines_use_of_weapons_are_the_topic_even_without_Russia()
    {
        const string text = """
            Czech Republic does not restrict the use of weapons transferred to Ukraine

            The Czech Republic does not impose any restrictions on Ukraine's use of the military equipment it has transferred.

            Italy, for example, has imposed restrictions, while countries such as Sweden and the Netherlands support Kyiv and do not impose any conditions on the use of weapons.
            """;
        Assert.Equal(
            [("CZ", WeaponClass.General, Stance.Allowed), ("IT", WeaponClass.General, Stance.Prohibited), ("NL", WeaponClass.General, Stance.Allowed), ("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples(text));
    }

    [Fact]
    public void Consenting_to_the_use_allows_and_Ukraine_asking_is_not_a_supplier_deciding()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("US president agrees to the use of American weapons on Russian territory"));
        Assert.Empty(Reading.Triples("Zelensky has repeatedly urged Washington to let Ukraine use American weapons on Russian territory."));
    }

    [Fact]
    public void A_policy_of_allowing_said_not_to_have_changed_is_no_permission()
    {
        var statement = Assert.Single(Reading.Statements("A U.S. official added that the policy of allowing long-range strikes inside Russia has not changed."));
        Assert.Equal(("US", WeaponClass.LongRange, Stance.Prohibited, StatementKind.Denial), (statement.Supplier, statement.WeaponClass, statement.Stance, statement.Kind));
    }

    [Fact]
    public void Negotiations_to_allow_are_a_consideration_but_not_once_they_are_over_and_risks_of_allowing_are_no_permission()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("David Lammy indicated that delicate negotiations with the White House to allow Ukraine to use Storm Shadow missiles inside Russia are ongoing."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("After months of negotiations, the Biden administration has formally authorized Ukraine to fire ATACMS into Russia."));
        Assert.Empty(Reading.Triples("A hesitant White House is concerned about the risks of allowing Storm Shadow missiles to be used to attack Russia."));
    }

    [Theory]
    [InlineData("Sir Ben Wallace said he gave permission for Ukraine to hit targets inside Russia using whatever British weapons were supplied, with the exception of the long-range Storm Shadow missiles.")]
    [InlineData("The Defence Ministry confirmed that Ukraine has the right to use British-supplied weapons – except for long-range Storm Shadow missiles – on Russian territory.")]
    [InlineData("A Whitehall source said the only British weapon Ukraine cannot use in Russia is the Storm Shadow.")]
    public void A_permission_with_an_exception_allows_the_rest_and_bars_the_exception(string sentence)
    {
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void An_unchanged_permissive_policy_is_no_ban()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The British government maintains that its policy has not changed, and that Ukraine has always had the autonomy to use British weapons as it sees fit, including against Russia."));
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Ministry of Defence said its position was unchanged: Ukraine's right to self-defence with British weapons does not preclude operations inside Russia."));
        Assert.Empty(Reading.Triples("Since the missile is a joint project, its use in Russia also requires approval from the United States and France."));
    }

    [Fact]
    public void The_longest_range_missiles_are_long_range()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Washington will still bar Kyiv from firing its longest-range missiles into Russia."));
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
    public void Backing_the_lifting_of_restrictions_not_said_to_be_ones_own_is_advocacy()
    {
        Assert.Empty(Reading.Triples("The Latvian and Lithuanian foreign ministers support lifting restrictions, while others fear strikes in Russia."));
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Norway supports lifting the restrictions on its own weapons used against targets in Russia."));
    }

    [Fact]
    public void Being_interested_in_allowing_is_a_consideration()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Britain is interested in allowing Ukraine to use British weapons for strikes in Russia, officials said."));
    }

    [Fact]
    public void A_relative_clause_hung_on_a_system_is_about_that_system()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The new rules leave out British Storm Shadow missiles, which remain barred from use on Russian territory."));
    }

    [Fact]
    public void Not_wanting_an_outcome_is_no_rule_on_the_weapons()
    {
        Assert.Empty(Reading.Triples("The president said that before sending more Tomahawks he did not want to escalate the war between Russia and Ukraine."));
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Scholz said he did not want German weapons to be used against Russia."));
    }

    [Fact]
    public void A_consideration_denied_after_a_rule_does_not_make_it_one()
    {
        // The vice-chancellor's "no such changes were being discussed" is not the chancellor's rule under review.
        const string text = """
            Range limits

            Germany has allowed Ukraine to strike Russia with German weapons.

            Scholz declared there were no restrictions on strike ranges, only to be contradicted by his vice-chancellor, who stated that no such changes were being discussed.
            """;
        Assert.DoesNotContain(("DE", WeaponClass.General, Stance.UnderReview), Reading.Triples(text));
    }

    [Theory]
    [InlineData("We don't enable the use of American weapons to strike inside Russia, the White House spokesman said.")]
    [InlineData("“We don’t encourage or enable the use of American weapons to strike inside Russia,” the White House spokesman said.")]
    public void A_contracted_negation_reads_like_the_full_one(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Moscow condemned the consent given by the Dutch authorities to the use of their weapons against targets on Russian territory.")]
    [InlineData("The Netherlands has given its consent to strikes on Russian territory with Dutch F-16s.")]
    public void Consent_as_a_noun_allows(string sentence)
    {
        Assert.Equal([("NL", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Ukraine_seeking_approval_is_no_permission_and_a_long_sought_one_granted_is()
    {
        Assert.Empty(Reading.Triples("Kyiv has for weeks sought German approval to strike military targets inside Russia."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("With Washington finally granting Ukraine long-sought permission to fire ATACMS into Russia, the front may change."));
    }

    [Fact]
    public void A_refusal_after_a_request_for_long_range_strikes_is_about_them()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Kyiv has for months sought approval to carry out long-range strikes inside Russia, but the White House resisted, citing the risk of escalation."));
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

    [Theory]
    [InlineData("Washington allowed Kyiv to use American weapons against Russia near Kharkiv, with no long-range strikes deep inside Russia.", Stance.Limited)]
    [InlineData("Washington allowed Kyiv to use American weapons against Russia, not including ATACMS.", Stance.Allowed)]
    [InlineData("Biden allowed Ukraine to use US weapons to strike inside Russia near Kharkiv, but not ATACMS.", Stance.Limited)]
    public void With_no_but_not_and_not_including_leave_out_an_exception(string sentence, Stance rest)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.General, rest)], Reading.Triples(sentence));
    }

    [Fact]
    public void Another_suppliers_weapons_after_but_not_are_no_exception_to_this_permission()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Ukraine will be allowed to strike Russia with British Storm Shadow missiles, but not American ATACMS."));
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
    public void Use_on_another_countrys_territory_is_use_outside_Ukraine()
    {
        Assert.Equal(
            [("IT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The Italian defence minister said Italian arms cannot be used on the territory of another country."));
    }

    [Fact]
    public void Former_office_holders_and_a_countrys_press_speak_for_no_government()
    {
        Assert.Empty(Reading.Triples("Three former defence secretaries and former Prime Minister Boris Johnson have urged Britain to allow Storm Shadow strikes on Russia."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("The American press recently revealed Biden's decision to authorize Ukraine to fire ATACMS at targets on Russian territory."));
    }

    [Theory]
    [InlineData("Slovakia's prime minister criticised the US for permitting the use of ATACMS against Russia.")]
    [InlineData("Fico claimed that Biden has authorized the use of ATACMS against targets in Russia to delay peace talks.")]
    public void Who_criticises_or_reports_a_permission_did_not_give_it(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Saying_it_is_time_for_allies_to_reconsider_is_advocacy()
    {
        const string text = """
            Allies

            The US has allowed Ukraine to strike Russia with American weapons.

            The Latvian president said it is time for Ukraine's allies to reconsider restrictions on the use of weapons provided to Ukraine.
            """;
        Assert.DoesNotContain(Reading.Triples(text), t => t.Supplier == "LV");
    }

    [Fact]
    public void A_concession_does_not_govern_the_rule_after_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Prohibited), ("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Despite Ukraine's appeals, the US and the UK have restricted Ukraine's use of their weapons inside Russia."));
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Despite intense talks, Paris and London are avoiding officially allowing Kyiv to fire long-range missiles into Russia."));
    }

    [Fact]
    public void Long_term_strikes_are_the_long_range_ones_in_translated_news()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("As for long-term strikes inside Russia, US policy in this regard has not changed, a source said."));
    }

    [Fact]
    public void Lifting_the_restrictions_imposed_on_Ukraine_is_on_topic_in_a_story_about_strikes_on_Russia()
    {
        const string text = """
            Review

            Washington allowed Ukraine to strike Russia with American weapons near Kharkiv last year.

            Trump is seriously considering lifting all the restrictions imposed on Ukraine, a White House source said.
            """;
        Assert.Contains(("US", WeaponClass.General, Stance.UnderReview), Reading.Triples(text));
    }

    [Fact]
    public void A_bare_green_light_right_after_a_statement_continues_its_topic()
    {
        const string text = """
            Warning

            A growing number of allies, including the US and Germany, have given Ukraine approval to use their weapons to attack Russian territory. After London gave Kyiv the green light earlier this month, Moscow issued a warning.
            """;
        Assert.Contains(("GB", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void This_restriction_continues_the_topic_of_the_sentence_before()
    {
        const string text = """
            Exception

            British officials said Storm Shadow missiles must not be used against targets inside Russia. However, officials are now in discussions with allies about potentially revising this restriction.
            """;
        Assert.Contains(("GB", WeaponClass.LongRange, Stance.UnderReview), Reading.Triples(text));
    }

    [Fact]
    public void They_in_a_later_clause_are_the_earlier_clauses_weapons_and_owner()
    {
        Assert.Equal(
            [("ES", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Spanish arms are meant for the defence of Ukraine, but they cannot be used on Russian territory."));
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
    public void Discussions_that_a_decision_followed_govern_nothing()
    {
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Following these discussions, Canada lifted restrictions on its weapons, allowing Ukraine to strike targets in Russia."));
    }

    [Fact]
    public void Neither_encouraging_nor_enabling_is_a_refusal_in_any_tense()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("A spokesman said Washington neither encourages nor enables strikes on Russian territory with US weapons."));
    }

    [Fact]
    public void What_weapons_being_supplied_could_be_used_for_is_their_capability_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Norway and Denmark are providing Ukraine with long-range missiles that could be used to strike airfields in Russia."));
        Assert.Equal(
            [("NO", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Norway said the long-range missiles it supplies could be used to strike airfields in Russia."));
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
    public void Pressuring_others_to_lift_restrictions_is_advocacy()
    {
        Assert.Empty(Reading.Triples("Zelensky had been pressuring Canada and Norway to lift restrictions on using their weapons against Russian targets."));
        Assert.Empty(Reading.Triples("Countries demanding that Western nations allow Ukraine to use their weapons on Russian soil are not helping, the Spanish defence minister has said."));
    }

    [Fact]
    public void Similar_moves_by_others_give_them_the_same_stance()
    {
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.Allowed), ("NL", WeaponClass.General, Stance.Allowed), ("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Norway has allowed Ukraine to use its weapons against targets in Russia, following similar moves by Canada and the Netherlands.").Order().ToList());
    }

    [Fact]
    public void Deciding_not_to_confirm_a_permission_states_no_rule()
    {
        Assert.Empty(Reading.Triples("Oslo decided not to confirm granting permission for strikes in Russia with Norwegian weapons."));
    }

    [Fact]
    public void A_supplier_named_after_than_is_compared_with_not_acting()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Netherlands has been more willing than Berlin to lift restrictions on Ukraine's use of its weapons against Russia."));
    }

    [Fact]
    public void Holding_that_a_use_would_be_a_mistake_bars_it()
    {
        Assert.Equal(
            [("PT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("\u201cI remain convinced that it would be a mistake for the weapons we have provided to be used against targets in Russia,\u201d the Portuguese prime minister said."));
    }

    [Fact]
    public void The_weapons_as_a_bare_subject_are_the_ones_just_named()
    {
        const string text = """
            Purchase

            Norway will pay for long-range missiles made in Ukraine, the Norwegian prime minister said. He added that the weapons will have no range limitations, so Ukraine can hit military targets in Russia.
            """;
        Assert.Contains(("NO", WeaponClass.LongRange, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void A_government_that_wants_to_allow_has_not_yet_allowed()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("It is believed that France wants to allow the use of SCALP missiles against targets in Russia."));
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Paris does not want its weapons used inside Russia."));
    }

    [Fact]
    public void An_approval_said_to_be_required_grants_nothing()
    {
        Assert.Empty(Reading.Triples("Norway has approved the delivery of missiles to Ukraine, but Norwegian approval is required before they can be fired at Russia."));
    }

    [Fact]
    public void No_change_to_our_policy_with_respect_to_that_is_the_policy_on_what_was_just_named()
    {
        const string text = """
            Meeting

            The two leaders met to discuss strikes inside Russia.

            "Do not expect an announcement today about long range strike capabilities inside Russia. There's no change to our policy with respect to that," the Canadian defence minister said.
            """;
        Assert.Contains(("CA", WeaponClass.LongRange, Stance.Prohibited), Reading.Triples(text));
    }

    [Theory]
    [InlineData("Finland supports the lifting of restrictions on the use of long-range weapons that partners have delivered to Ukraine.")]
    [InlineData("Sweden supports permission for Ukraine to fire long-range capabilities into Russia.")]
    public void Backing_the_lifting_or_a_permission_as_a_thing_is_a_view_on_others_rules(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }
}
