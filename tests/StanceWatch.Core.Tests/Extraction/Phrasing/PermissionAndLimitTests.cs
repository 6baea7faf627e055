using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction.Phrasing;

/// <summary>Permissions, the limits and exceptions that narrow them, and words that only look like one.</summary>
public sealed class PermissionAndLimitTests
{
    [Theory]
    [InlineData("Ukrainian troops are allowed to use American weapons against Russia \"to deal with imminent threats\", the Pentagon said.")]
    [InlineData("Washington has made clear that Ukraine can use American weapons against Russian targets across the border that are launching attacks.")]
    public void Imminent_threats_and_targets_launching_attacks_limit_a_permission(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Limited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Another_suppliers_weapons_after_but_not_are_no_exception_to_this_permission()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Ukraine will be allowed to strike Russia with British Storm Shadow missiles, but not American ATACMS."));
    }

    [Theory]
    [InlineData("Washington signed off on Ukraine's use of ATACMS against targets deep in Russia.")]
    [InlineData("The restrictions on ATACMS strikes inside Russia have been removed, a US official confirmed.")]
    public void Signing_off_and_restrictions_that_have_been_removed_allow(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Barring_only_other_targets_is_a_limited_permission()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Limited)],
            Reading.Triples("France will not allow its weapons to be used against other targets in Russia, the Élysée said."));
    }

    [Fact]
    public void A_limit_in_a_following_clause_without_its_own_stance_still_limits()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Washington has authorised Ukraine to strike Russian territory with American weapons, but only along the border with the Kharkiv region."));
    }

    [Fact]
    public void The_no_that_denies_restrictions_does_not_negate_the_permission_that_follows()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Germany will set no range restrictions, allowing Ukraine to hit military targets in Russia with German weapons."));
    }

    [Fact]
    public void Ditching_guardrails_allows()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("President Biden has ditched his guardrails on Kyiv's use of U.S. weapons against Russia."));
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
    public void A_right_to_strike_however_qualified_is_a_permission()
    {
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Norway's foreign minister said Ukraine has an absolute right under international law to strike targets on Russian territory with Norwegian weapons."));
    }

    [Fact]
    public void A_permission_word_naming_a_procedure_is_not_a_permission()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("A Pentagon approval procedure has prevented Ukraine from firing ATACMS missiles at targets in Russia since spring, officials said."));
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

    [Theory]
    [InlineData("The president announced on Sunday that the US would allow Ukraine to fire ATACMS missiles into Russia.")]
    [InlineData("Earlier this week, news broke that the US would allow Ukraine to fire ATACMS missiles against Russia.")]
    [InlineData("It emerged on Friday that Washington would allow Ukraine to fire ATACMS missiles into Russia.")]
    public void A_permission_reported_in_the_future_of_the_past_is_a_permission(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_range_allowed_is_a_limit()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Russian jets fire from airfields beyond the range allowed by the US for strikes inside Russia with US-supplied weapons."));
    }

    [Fact]
    public void Crossfire_across_the_border_is_a_limit()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("A Pentagon spokeswoman said it was consistent with US policy for Ukraine to engage in crossfire from its border into Russian positions."));
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
    public void An_anonymous_sources_licence_to_speak_is_no_rule()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The U.S. official, who wasn't authorized to speak publicly about the decision, said the U.S. is allowing Ukraine to use its weapons to target in and around Kursk."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Officials who spoke on condition of anonymity to discuss internal deliberations said the US would keep its ban on ATACMS strikes into Russia."));
    }

    [Fact]
    public void Lets_is_an_exhortation_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Now, let's get to the point: the Pentagon reviews every Ukrainian request to fire ATACMS at targets in Russia."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Washington will let Ukraine fire ATACMS at targets in Russia."));
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
    public void Having_no_problem_with_the_use_allows_it()
    {
        Assert.Equal(
            [("CZ", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Prague has no problems with Ukraine using weapons supplied by the Czech Republic to attack targets on Russian territory."));
    }

    [Theory]
    [InlineData("Moscow condemned the consent given by the Dutch authorities to the use of their weapons against targets on Russian territory.")]
    [InlineData("The Netherlands has given its consent to strikes on Russian territory with Dutch F-16s.")]
    public void Consent_as_a_noun_allows(string sentence)
    {
        Assert.Equal([("NL", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
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
    public void A_permission_named_in_an_opening_as_for_phrase_is_the_topic_not_a_permission()
    {
        Assert.Empty(Reading.Triples("\"As for permits for the use of Italian long-range weapons on Russian territory, it is clear that these decisions are made by each country,\" the prime minister said."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("When it comes to ATACMS, Washington does not allow strikes inside Russia."));
    }

    [Theory]
    [InlineData("The Americans have given their go-ahead for strikes in Russia, but only for certain operations.")]
    [InlineData("The US allows strikes in Russia with American weapons for specific operations.")]
    public void A_permission_for_certain_operations_only_is_limited(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Limited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("The US will not stand in the way of Ukraine hitting Russian airfields with American weapons.")]
    [InlineData("Washington won't stand in the way if Kyiv uses US weapons against targets in Russia.")]
    public void Not_standing_in_the_way_allows(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Not_standing_in_the_way_of_something_else_states_nothing()
    {
        Assert.Empty(Reading.Triples("Hungary will not stand in the way of new EU sanctions on Russia."));
    }

    [Theory]
    [InlineData("Storm Shadow missiles can now be fired at targets in Russia, a UK official confirmed.")]
    [InlineData("Storm Shadow missiles may now be used against targets in Russia, a UK official confirmed.")]
    public void A_system_that_can_be_fired_at_Russia_is_allowed(string sentence)
    {
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Being_entitled_to_use_weapons_on_Russia_is_allowed()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Ukraine is entitled to use German weapons against targets in Russia under international law, a government spokesman said."));
    }

    [Fact]
    public void Use_against_forces_preparing_to_attack_is_limited_but_a_right_to_strike_back_is_not()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Ukraine may use American weapons against Russian forces that are attacking or preparing to attack it."));
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Ukraine may use British weapons in Russia and has the right to strike back at Russia, Cameron said."));
    }

    [Fact]
    public void Leaving_Ukraine_to_decide_how_to_use_a_suppliers_weapons_allows()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Secretary of State Antony Blinken said Ukraine should decide how to use US weapons, including against targets in Russia."));
        Assert.Empty(Reading.Triples("NATO chief Jens Stoltenberg said Ukraine should decide how to use Western weapons, including against targets in Russia."));
    }

    [Fact]
    public void Not_being_against_the_use_allows()
    {
        Assert.Equal([("NO", WeaponClass.General, Stance.Allowed)], Reading.Triples("Therefore, Norway is also not against Ukraine hitting Russia with its weapons."));
    }

    [Fact]
    public void Near_the_Russian_border_limits_a_permission()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Limited)],
            Reading.Triples("Ukraine has permission to fire Storm Shadow missiles at targets near the Russian border, British officials said."));
    }

    [Fact]
    public void Weapons_given_for_Ukraine_to_use_on_its_own_territory_are_barred_from_Russia()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("De Croo said the jets are for the Ukrainian air force to use on Ukraine's territory."));
    }

    [Fact]
    public void Outside_Ukrainian_borders_is_Russia()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("London has not green-lit Storm Shadow strikes outside Ukrainian borders."));
    }

    [Fact]
    public void Greenlights_allows()
    {
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples("Britain greenlights Storm Shadow strikes on Russia"));
    }

    [Fact]
    public void Kharkov_spelled_the_Russian_way_limits()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The White House allowed Kiev to use American weapons against targets across the border from the Kharkov region."));
    }

    [Fact]
    public void Limiting_use_to_within_a_distance_is_a_limited_permission()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The administration is limiting the use of US weapons in Russia to within 100 kilometres of the border."));
    }

    [Fact]
    public void A_zone_of_so_many_kilometres_limits()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Washington has allowed its weapons to be used in Russia in a 100-kilometre zone."));
    }

    [Fact]
    public void An_approval_that_is_required_is_a_condition_not_a_permission()
    {
        Assert.Empty(Reading.Triples("A review mechanism requires the defence secretary's personal approval for ATACMS strikes in Russia, US officials said."));
    }

    [Fact]
    public void A_place_in_another_item_of_a_list_limits_nothing_but_an_apposition_does()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Ministers discussed Biden's decision to lift restrictions on long-range missile strikes inside Russia, the deployment of North Korean soldiers in the Kursk region and Chinese drones."));
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The US allowed Ukraine to strike Russian territory with American weapons, a decision limited to the Kharkiv region."));
    }

    [Fact]
    public void The_right_to_decide_how_to_use_a_suppliers_weapons_is_a_permission_in_a_story_about_strikes_on_Russia()
    {
        const string text = """
            Sweden backs strikes on Russia

            Sweden is not against the use of Swedish weapons by Ukraine to strike targets in Russia.

            In May, Blinken said that Ukraine has the right to decide how it uses US weapons.
            """;
        Assert.Contains(("US", WeaponClass.General, Stance.Allowed), Reading.Triples(text));
    }

    [Fact]
    public void No_restrictions_at_all_stay_general_beside_a_named_long_range_permission()
    {
        const string text = """
            Sweden backs strikes on Russia

            Sweden is not against the use of Swedish weapons by Ukraine to strike targets in Russia.

            British Foreign Secretary David Cameron also stated that there are no restrictions on Ukraine. According to him, Ukraine is free to use British Storm Shadow missiles against targets in Russia.
            """;
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed), ("GB", WeaponClass.General, Stance.Allowed), ("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples(text));
    }

    [Theory]
    [InlineData("Macron agrees to Ukraine hitting military targets on Russian territory with French weapons", "FR", Stance.Allowed)]
    [InlineData("Germany agreed to Ukraine's use of German weapons against targets in Russia near Kharkiv.", "DE", Stance.Limited)]
    public void Agreeing_to_Ukraines_use_permits_it(string sentence, string supplier, Stance stance)
    {
        Assert.Equal([(supplier, WeaponClass.General, stance)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_permission_on_certain_conditions_is_limited()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Limited), ("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The United States and Germany decided to allow Ukraine to attack Russian military facilities with the weapons they provided, but on certain conditions."));
    }

    [Fact]
    public void Strikes_along_the_northern_border_are_limited()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Ukraine can strike inside Russia with American arms near entire northern border, US official says."));
    }

    [Fact]
    public void A_permission_as_long_as_a_condition_holds_is_Limited_but_support_as_long_as_it_takes_is_not()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The U.S. has a policy of allowing Ukraine to make strikes in Russia with American-made weapons as long as it is related to a cross-border attack."));
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("We will support Ukraine as long as it takes, and Ukraine may use British weapons against targets in Russia, Cameron said."));
    }

    [Fact]
    public void A_distance_caps_a_permission()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Borrell said the Biden administration had authorized the use of its weapons up to 300 kilometers inside Russian territory."));
    }

    [Fact]
    public void A_limited_number_of_missiles_limits_no_use()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("The US has allowed Ukraine to fire ATACMS at targets inside Russia, despite the limited number of them."));
    }

    [Fact]
    public void Shooting_missiles_into_Russia_is_a_use()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Barrot told the BBC that Ukraine can shoot French longer-range missiles into Russia in the logics of self-defense."));
    }

    [Fact]
    public void A_negation_ends_where_a_new_predicate_begins()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Pentagon said Ukraine's attack into a region of Russia with US weapons is not escalatory and is consistent with U.S. policy."));
    }

    [Fact]
    public void Backing_a_decision_already_taken_reports_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Lawmakers are offering support for President Biden's decision to authorize Ukraine to use long-range U.S. missiles to attack sites in Russia."));
    }

    [Fact]
    public void What_is_left_after_not_authorised_but_only_is_Limited()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Even the US has not authorised the indiscriminate use of its weapons against Russia, but only to strike a base from where the drones depart."));
    }

    [Fact]
    public void No_longer_limited_in_the_use_is_a_permission()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Germany said Ukraine was no longer limited in the use of German weapons against targets in Russia."));
    }

    [Fact]
    public void Letting_someone_speak_about_the_weapons_is_no_permission()
    {
        Assert.Empty(Reading.Triples("I'll let the Ukrainians speak to their use of American munitions against targets in Russia."));
    }

    [Fact]
    public void A_use_that_waits_on_an_approval_is_not_permitted_yet()
    {
        Assert.Empty(Reading.Triples("The US has delivered ERAM missiles to Ukraine, but Pentagon approval is required before they can be deployed against Russian territory."));
    }

    [Fact]
    public void Weapons_that_can_now_be_deployed_against_Russia_are_allowed()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Merz said missiles provided by Germany can now be deployed against Russian military targets."));
    }

    [Fact]
    public void Weapons_sent_to_be_used_domestically_are_barred_from_Russia()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Wallace said London was sending Storm Shadow missiles to Ukraine so they could be used domestically, after assurances that they would not be used to target inside Russia."));
    }

    [Fact]
    public void A_permission_for_a_specific_purpose_is_limited()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Biden authorized the use of U.S. weapons against Russian territory for that specific purpose."));
    }

    [Fact]
    public void A_permission_only_in_some_areas_is_limited()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("In June, Biden loosened the restriction on US weapons, but only in areas where Russian troops were already coming across the border into Ukraine from Russia."));
    }

    [Fact]
    public void A_use_placed_in_Ukraine_right_after_the_permission_bars_Russia_whatever_the_sentence_says_later()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Wallace said London was sending Storm Shadow missiles so they could be used domestically, meaning Ukraine had agreed they would not be used to target inside Russia."));
    }

    [Theory]
    [InlineData("They're authorized to be used in proximity to the border when they're being used on the other side of the border, Biden said of U.S. weapons striking Russia.")]
    [InlineData("NPR has confirmed that the United States is lifting its ban on strikes in Russia with U.S. weapons but with restrictions.")]
    [InlineData("Right now, there are extreme limitations on how Ukraine can use U.S. weapons to fire into Russia.")]
    [InlineData("Washington sets limits on how Kyiv fires American weapons into Russia.")]
    [InlineData("Biden gave Ukraine permission to use US-supplied weapons to strike military targets just across Russia's border.")]
    [InlineData("The US granted Kiev permission to use American weapons to target certain parts of Russia.")]
    [InlineData("The White House has limited Kyiv's use of U.S. weapons to defending Ukrainian troops in Russia's Kursk region.")]
    [InlineData("The interviewer said that the US limited the use of its weapons to strike targets in Russia to areas near the border.")]
    public void Use_within_limits_stated_any_way_is_Limited(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Limited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Sweden has not issued any restrictions on how Ukraine can use Swedish equipment against Russia.", "SE", Stance.Allowed)]
    [InlineData("The US limited the use of its weapons against Russia to avoid escalation.", null, null)]
    public void Restrictions_denied_or_use_limited_for_a_reason_limit_nothing(string sentence, string? supplier, Stance? stance)
    {
        var triples = Reading.Triples(sentence);
        if (supplier is null)
        {
            Assert.Empty(triples);
        }
        else
        {
            Assert.Equal([(supplier, WeaponClass.General, stance!.Value)], triples);
        }
    }

    [Fact]
    public void Leave_to_hit_the_sites_attacks_come_from_is_a_limit_on_Russian_soil_unnamed()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Paris debated strikes on Russia.\n\n“We have to allow them to neutralise the sites from which the missiles are fired,” Macron said."));
    }

    [Fact]
    public void Should_be_free_to_said_by_a_president_is_his_own_rule()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("French President Emmanuel Macron said Ukraine should be free to hit military targets in Russia."));
    }

    [Fact]
    public void Could_attack_is_a_permission()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Ukraine could attack military targets in Russia with Dutch F-16s, the Dutch defence minister said."));
    }

    [Fact]
    public void Not_wanting_a_war_is_no_ban_on_use()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("“We do not want a war with Russia, but Ukraine could strike military sites in Russia with French weapons,” Macron said."));
    }

    [Fact]
    public void Restricting_the_use_to_some_strikes_in_Russia_is_a_limit()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("The US restricted the use of its rockets to hitting artillery sites just across the border in Russia."));
    }

    [Fact]
    public void Restricting_the_use_to_Ukrainian_territory_stays_a_ban()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Berlin restricted the use of its weapons to Ukrainian territory, keeping Russia off limits."));
    }

    [Fact]
    public void Targets_just_inside_Russia_are_a_limit()
    {
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Norway lets Kyiv use Norwegian weapons against troops massing just inside Russia."));
    }

    [Fact]
    public void Calling_the_use_a_matter_for_Ukraine_is_a_permission()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Belgium says the use of Belgian weapons against targets in Russia is a matter for Kyiv."));
    }

    [Fact]
    public void Authorising_the_delivery_of_weapons_is_no_permission_to_use_them()
    {
        Assert.Empty(Reading.Triples("Denmark agreed to authorise the donation of F-16 jets to strike Russian forces."));
    }

    [Fact]
    public void Reversing_a_position_and_then_giving_approval_is_a_permission()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Biden reversed his position and gave his approval for Ukraine to fire ATACMS into Russian territory."));
    }

    [Theory]
    [InlineData("The US President said that Ukraine can use American weapons to fight back against Russian military attacks across the border.")]
    [InlineData("The Pentagon said Ukraine may use US weapons to conduct counterstrikes into Russia.")]
    public void Use_to_strike_back_is_a_limited_permission(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Limited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Clearing_the_giving_of_weapons_is_no_permission_to_use_them()
    {
        Assert.Empty(Reading.Triples("CNN: Pentagon cleared giving Ukraine long-range Tomahawk missiles to strike Russia, leaving final decision to Trump"));
    }

    [Theory]
    [InlineData("Officials said Washington now lets Ukraine use American weapons against any Russian forces crossing the border.")]
    [InlineData("The permission extends to anywhere that Russian forces are coming across the border to attack, Sullivan said of US weapons used on Russia.")]
    [InlineData("The US allows Ukraine to use American weapons in strikes on Russia to counter attacks by Russian troops.")]
    public void Use_against_forces_crossing_the_border_or_to_counter_attacks_is_limited(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Limited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Ukraine can determine how and when to use Norwegian weapons against Russia, the Norwegian defence minister said.")]
    [InlineData("Ukraine can determine how to use Norwegian weapons against Russia, the Norwegian defence minister said.")]
    public void Ukraine_determining_how_to_use_the_weapons_is_a_permission(string sentence)
    {
        Assert.Equal([("NO", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Use_said_to_comply_with_a_suppliers_restrictions_is_limited()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("A Pentagon spokesman said the strikes inside Russia comply with U.S. restrictions on the use of American weapons."));
    }

    [Fact]
    public void A_columns_name_before_a_colon_reviews_nothing()
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Allowed)], Reading.Triples("Weekly Review: How the US Allowed Ukraine to Strike Inside Russia"));
    }

    [Fact]
    public void What_a_shipped_version_could_strike_is_its_reach_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Last year, after months of lobbying by Kyiv, the U.S. sent a longer-range version that could strike as far as 190 miles into Russia."));
    }

    [Fact]
    public void A_discussion_where_something_was_said_is_its_venue_not_a_review()
    {
        Assert.Equal(
            [("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Swedish defence minister said during a panel discussion in Stockholm that Swedish weapons may be used against targets in Russia."));
    }

    [Fact]
    public void What_a_minister_stated_Ukraine_would_be_able_to_do_is_reported_not_imagined()
    {
        Assert.Equal(
            [("DK", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Danish defence minister stated that Ukraine would be able to use Danish weapons against military targets in Russia."));
    }

    [Fact]
    public void The_one_told_is_not_the_one_whose_rule_is_reported_even_when_the_teller_is_a_who()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Dutch premier, who told the White House that the Netherlands lets Ukraine use its F-16s against targets in Russia, spoke on Friday."));
    }

    [Theory]
    [InlineData("The limits on using Storm Shadow against Russian airfields, which Starmer scrapped last week, had angered Kyiv.", Stance.Allowed)]
    [InlineData("The limits on using Storm Shadow against Russian airfields, which Starmer refused to scrap, had angered Kyiv.", Stance.Prohibited)]
    public void A_relative_clause_lifts_or_keeps_the_restriction_it_hangs_on(string sentence, Stance stance)
    {
        Assert.Equal([("GB", WeaponClass.LongRange, stance)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_refusal_in_an_aside_is_ended_by_the_permission_after_it()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Dutch cabinet, which had until then refused, approved the use of Dutch-supplied F-16 jets against military targets in Russia."));
    }

    [Fact]
    public void A_refusal_in_an_aside_does_not_negate_the_permission_after_it()
    {
        Assert.Contains(
            ("NL", WeaponClass.General, Stance.Allowed),
            Reading.Triples("The Dutch cabinet, which had until then refused, approved the use of Dutch-supplied F-16 jets against military targets in Russia."));
    }

    [Fact]
    public void The_policy_a_decision_reverses_does_not_limit_the_decision()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Dutch government lifted all restrictions on F-16 strikes in Russia, reversing a policy that limited the jets to Ukrainian airspace."));
    }

    [Fact]
    public void The_ban_a_decision_reverses_is_not_the_rule_now()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Paris lifted its limits on SCALP strikes in Russia, reversing a policy that barred them."));
    }

    [Theory]
    [InlineData("Berlin scrapped the restrictions that had prevented Ukraine from firing German howitzers into Russia.", "DE")]
    [InlineData("Ottawa eased rules which barred Kyiv from using Canadian weapons on Russian soil.", "CA")]
    public void The_ban_a_lifted_restriction_imposed_is_not_the_rule_now(string sentence, string supplier)
    {
        Assert.Equal([(supplier, WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Norway granted Kyiv's request to use Norwegian weapons against targets in Russia.", "NO")]
    [InlineData("Kyiv's request to hit Russian territory with Finnish weapons was granted by Helsinki.", "FI")]
    public void A_request_to_use_that_is_granted_allows(string sentence, string supplier)
    {
        Assert.Equal([(supplier, WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_request_met_no_longer_governs_the_permission_after_it()
    {
        Assert.Equal(
            [("SE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Sweden met Ukraine's request and allowed Kyiv to use Swedish weapons in Russia."));
    }

    [Fact]
    public void Can_only_use_against_targets_in_Russia_is_a_limited_permission()
    {
        Assert.Equal(
            [("PL", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Warsaw said Ukraine could only use Polish weapons to hit military targets a little way into Russia."));
    }

    [Fact]
    public void Giving_the_authority_to_strike_allows()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Paris gave Kyiv the authority to strike military targets in Russia with SCALP missiles."));
    }
}
