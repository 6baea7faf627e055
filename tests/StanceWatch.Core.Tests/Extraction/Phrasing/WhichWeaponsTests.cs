using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction.Phrasing;

/// <summary>Which weapons a rule is about, and whether it is about their use on Russian territory at all.</summary>
public sealed class WhichWeaponsTests
{
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

    [Theory]
    [InlineData("Washington still refuses to let Ukraine use American missiles for deeper strikes on Russia.")]
    [InlineData("Washington still refuses to let Ukraine use American missiles to hit deeper targets within Russia.")]
    public void Deeper_strikes_and_deeper_targets_are_long_range(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_relative_clause_hung_on_a_system_is_about_that_system()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The new rules leave out British Storm Shadow missiles, which remain barred from use on Russian territory."));
    }

    [Fact]
    public void Refusing_to_supply_a_weapon_is_not_a_rule_on_where_it_is_used()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Scholz ruled out sending Taurus missiles to Kyiv and said German weapons must not be used against Russia."));
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
    public void Deployment_against_Russia_is_use_against_Russia()
    {
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("In a policy shift by Norway, deployment against Russian territory has just been authorised."));
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
    public void A_permission_with_no_object_of_its_own_is_for_the_weapons_named_before()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Ukraine fired British Storm Shadow missiles into Russia for the first time, after London gave permission."));
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

    [Theory]
    [InlineData("US officials said Ukraine may use American weapons only against targets in Russia near the Kharkiv region, not for long-range strikes.")]
    [InlineData("The US now lets Ukraine strike Russian forces near Kharkiv with American weapons, not ATACMS.")]
    public void A_weapon_set_apart_after_a_comma_and_not_stays_barred(string sentence)
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples(sentence).OrderBy(t => t.WeaponClass));
    }

    [Fact]
    public void Each_supplier_gets_the_name_it_gives_a_shared_system()
    {
        var statements = Reading.Statements("The UK and France have both authorised Ukraine to fire Storm Shadow and SCALP missiles at targets in Russia.");
        Assert.Equal(["FR SCALP", "GB Storm Shadow"], statements.Select(s => $"{s.Supplier} {s.Weapons}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_named_system_keeps_its_own_class_however_deep_it_flies()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Ukraine can use Dutch-supplied F-16 fighter jets against military targets deep inside Russian territory, the defence minister said."));
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
    public void A_clause_of_time_says_when_not_how_far()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Allowed), ("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The United States and Britain authorized strikes on Russian soil after North Korean troops were sent to the Kursk region."));
    }

    [Fact]
    public void A_system_named_right_after_its_noun_is_the_weapon()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed), ("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("France and the UK have also lifted their ban on the use of the Franco-British cruise missile Scalp/Storm Shadow within Russia."));
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
    public void The_longest_range_missiles_are_long_range()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Washington will still bar Kyiv from firing its longest-range missiles into Russia."));
    }

    [Fact]
    public void A_refusal_after_a_request_for_long_range_strikes_is_about_them()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Kyiv has for months sought approval to carry out long-range strikes inside Russia, but the White House resisted, citing the risk of escalation."));
    }

    [Fact]
    public void Use_on_another_countrys_territory_is_use_outside_Ukraine()
    {
        Assert.Equal(
            [("IT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The Italian defence minister said Italian arms cannot be used on the territory of another country."));
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
    public void A_bare_go_ahead_in_an_article_about_strikes_on_Russia_is_for_those_strikes()
    {
        const string text = """
            Limits

            Rome says each country decides how the weapons it sends may be used against targets in Russia. Special permission is needed for anything else. The Americans have given their go-ahead, but only for certain operations.
            """;
        Assert.Contains(("US", WeaponClass.General, Stance.Limited), Reading.Triples(text));
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
    public void What_weapons_being_supplied_could_be_used_for_is_their_capability_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Norway and Denmark are providing Ukraine with long-range missiles that could be used to strike airfields in Russia."));
        Assert.Equal(
            [("NO", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Norway said the long-range missiles it supplies could be used to strike airfields in Russia."));
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
    [InlineData("The UK said operations inside Russia were not precluded when the tanks were donated.")]
    [InlineData("London said operations inside Russia were not precluded when the armoured vehicles were sent.")]
    public void Tanks_and_armoured_vehicles_are_weapons(string sentence)
    {
        Assert.Equal([("GB", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void The_missiles_are_the_long_range_system_the_story_named_sentences_before()
    {
        const string text = """
            Talks

            London wants Ukraine to be able to fire Storm Shadow missiles at bases in Russia.

            The Kremlin answered with new threats on Thursday.

            Washington has so far held back permission to fire the missiles into Russia for fear of escalation.
            """;
        Assert.Contains(("US", WeaponClass.LongRange, Stance.Prohibited), Reading.Triples(text));
    }

    [Fact]
    public void A_noun_in_apposition_after_a_system_is_that_system()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The talks centred on the Storm Shadow, a cruise missile that has not been cleared for use on Russian territory."));
    }

    [Fact]
    public void A_subjectless_but_clause_is_about_the_weapons_before_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The Storm Shadow was sent to Kyiv last year but has not been cleared for use on Russian territory."));
    }

    [Fact]
    public void Striking_deep_in_Russian_territory_is_long_range()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview), ("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Biden and Starmer discussed whether to let Ukraine strike deep in Russian territory with Western weapons."));
    }

    [Fact]
    public void Their_use_after_but_is_the_use_of_the_weapons_before_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Kyiv receives long-range missiles from Britain, but their use on Russian territory is barred."));
    }

    [Fact]
    public void Under_a_headline_about_long_range_weapons_a_rule_naming_no_weapons_is_about_them()
    {
        const string text = """
            London's position on Storm Shadow strikes in Russia unchanged

            Voice of America reported that Washington has not lifted restrictions on Ukraine for strikes on Russian territory.
            """;
        Assert.Contains(("US", WeaponClass.LongRange, Stance.Prohibited), Reading.Triples(text));
        Assert.DoesNotContain(("US", WeaponClass.General, Stance.Prohibited), Reading.Triples(text));
    }

    [Fact]
    public void Under_a_headline_about_long_range_weapons_a_story_naming_general_weapons_keeps_them_general()
    {
        const string text = """
            ATACMS still barred, US official says

            Washington has allowed Ukraine to use American weapons against Russian forces massing near Kharkiv.

            Canada has not lifted restrictions on strikes on Russian territory.
            """;
        Assert.Contains(("CA", WeaponClass.General, Stance.Prohibited), Reading.Triples(text));
    }

    [Fact]
    public void Bare_the_weapons_under_a_long_range_headline_are_the_long_range_ones()
    {
        const string text = """
            Biden allows Ukraine to strike Russia with US long-range weapons

            The missiles, known as ATACMS, can travel about 190 miles.

            A US official said the US is allowing Ukraine to use the weapons to target in and around Kursk.
            """;
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Allowed), ("US", WeaponClass.LongRange, Stance.Limited)], Reading.Triples(text));
    }

    [Fact]
    public void The_weapons_a_supplier_transferred_are_its_weapons_in_general_under_any_headline()
    {
        const string text = """
            Germany stands firm: no Taurus missiles for Ukraine

            A German defence ministry spokesperson said the weapons Germany has transferred to Ukraine can be used against targets in Russia.
            """;
        Assert.Equal([("DE", WeaponClass.General, Stance.Allowed)], Reading.Triples(text));
    }

    [Fact]
    public void Them_in_a_sentence_naming_no_weapons_are_the_weapons_before_it()
    {
        const string text = """
            How far will allies let Ukraine go?

            British and American long-range missiles could give Kyiv fresh momentum. Especially if the Ukrainians were allowed to use them against targets inside Russia, which London and Washington currently forbid.
            """;
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(text));
    }

    [Fact]
    public void An_example_set_between_dashes_may_be_described_before_it_is_named()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Ukraine is still barred from using longer-range weapons — such as the much vaunted ATACMS — against targets deep in Russia."));
    }

    [Fact]
    public void Weapons_named_in_the_question_answered_are_not_the_answers()
    {
        Assert.Equal(
            [("IT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("\"Italy has not authorised the use of Italian weapons outside Ukraine,\" the Italian foreign minister said, in response to a question about long-range missiles against Russia."));
    }

    [Fact]
    public void A_system_named_in_an_aside_gives_way_to_the_weapons_the_rule_names()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Macron, who has refused to send more SCALP missiles, does not let Kyiv use French weapons inside Russia."));
    }
}
