using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction.Phrasing;

/// <summary>Refusals, bans, confinement to Ukraine and policies said to be unchanged.</summary>
public sealed class BanAndDenialTests
{
    [Fact]
    public void Neither_endorsing_nor_enabling_strikes_outside_Ukraine_is_a_ban()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Blinken restated that the US has \u201cneither endorsed nor enabled strikes by Ukraine outside its territory.\u201d"));
    }

    [Fact]
    public void Making_no_commitment_to_reverse_a_ban_on_such_attacks_keeps_the_long_range_ban()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Trump and Zelensky\n\nLast month, Trump met with Volodymyr Zelensky and told the Ukrainian president that he was open to lifting restrictions on Kyiv\u2019s use of American-made long-range weapons to strike inside Russia, though he didn\u2019t make any commitments to reverse a U.S. ban on such attacks.")
                .OrderBy(t => t.Stance));
    }

    [Fact]
    public void A_taboo_from_a_supplier_is_its_ban()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The taboo from the United States on using their weapons to attack Russian territory hampers Ukraine's defence, analysts said."));
    }

    [Theory]
    [InlineData("A Pentagon spokesman said US policy on Ukraine firing ATACMS into Russia had not changed.", "US", WeaponClass.LongRange)]
    [InlineData("Berlin is not going to change its position on German arms being used against Russian territory, a government spokesman said.", "DE", WeaponClass.General)]
    [InlineData("The White House has signaled it will not change its policy on long-range strikes into Russia.", "US", WeaponClass.LongRange)]
    [InlineData("Barrot denied any change in French policy on long-range strikes on Russia.", "FR", WeaponClass.LongRange)]
    [InlineData("According to German Vice Chancellor Lars Klingbeil, there were no new agreements in the government coalition to change course regarding the lifting of restrictions on long-range strikes on Russian territory.", "DE", WeaponClass.LongRange)]
    public void A_policy_said_to_be_unchanged_is_a_denial_that_the_restriction_moved(string sentence, string supplier, WeaponClass weaponClass)
    {
        var statement = Assert.Single(Reading.Statements(sentence, "t.txt"));
        Assert.Equal((supplier, weaponClass, Stance.Prohibited), (statement.Supplier, statement.WeaponClass, statement.Stance));
        Assert.Equal(StatementKind.Denial, statement.Kind);
    }

    [Theory]
    [InlineData("Germany will not lift restrictions and allow Ukraine to strike targets in Russia with Taurus missiles.", "DE")]
    [InlineData("The United States has no plans to lift the ban and allow Ukraine to fire ATACMS at Russian territory.", "US")]
    public void A_permission_joined_to_a_denied_lifting_is_denied_too(string sentence, string supplier)
    {
        Assert.Equal([(supplier, WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    // Not "should not": that is advice, and in the news mostly about one target ("Zelensky shouldn't target Moscow").
    [Theory]
    [InlineData("Scholz said Ukraine may not use German weapons against targets in Russia.", "DE")]
    [InlineData("The Dutch government says Ukraine must not fire Dutch weapons into Russia.", "NL")]
    [InlineData("Rome insists that Kyiv must not strike Russian territory with Italian missiles.", "IT")]
    [InlineData("Ukraine mustn't use Norwegian weapons to attack targets in Russia, Oslo said.", "NO")]
    public void A_modal_forbidding_use_is_Prohibited(string sentence, string supplier)
    {
        var triple = Assert.Single(Reading.Triples(sentence));
        Assert.Equal((supplier, Stance.Prohibited), (triple.Supplier, triple.Stance));
    }

    [Theory]
    [InlineData("The UK Ministry of Defence denied claims that the government had granted Ukraine permission to target Russian territory with Storm Shadow missiles.", "GB")]
    [InlineData("The State Department denied that Washington had given Ukraine permission to strike Russia with ATACMS.", "US")]
    [InlineData("The Pentagon dismissed media reports that it had lifted the ban on ATACMS strikes inside Russia.", "US")]
    public void Denying_a_reported_permission_is_a_denial_that_keeps_the_ban(string sentence, string supplier)
    {
        var statement = Assert.Single(Reading.Statements(sentence, "t.txt"));
        Assert.Equal((supplier, WeaponClass.LongRange, Stance.Prohibited, StatementKind.Denial), (statement.Supplier, statement.WeaponClass, statement.Stance, statement.Kind));
    }

    [Fact]
    public void Neither_confirming_nor_denying_a_permission_keeps_it_as_reported()
    {
        Assert.DoesNotContain(
            Reading.Triples("Officials neither confirmed nor denied that the US had allowed Ukraine to fire ATACMS into Russia."),
            t => t.Stance == Stance.Prohibited);
    }

    [Fact]
    public void Not_having_used_the_weapons_is_no_rule()
    {
        Assert.Empty(Reading.Triples("Ukraine did not use German weapons in its attack on Russian territory, Berlin said."));
    }

    [Fact]
    public void A_restriction_said_to_remain_in_place_is_Prohibited()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("British officials said the ban on launching Storm Shadow missiles into Russia remains in place."));
    }

    [Theory]
    [InlineData("Spain's defence minister said Spanish arms are supplied for use on Ukrainian territory only.", "ES")]
    [InlineData("Rome insists that Italian weapons cannot be used outside Ukraine.", "IT")]
    [InlineData("Tajani said Italian weapons could only be used inside Ukraine.", "IT")]
    [InlineData("Washington has so far resisted Kyiv's pleas to fire ATACMS at targets inside Russia.", "US")]
    public void Confining_use_to_Ukraine_or_resisting_requests_is_Prohibited(string sentence, string supplier)
    {
        var triple = Assert.Single(Reading.Triples(sentence));
        Assert.Equal((supplier, Stance.Prohibited), (triple.Supplier, triple.Stance));
    }

    [Fact]
    public void Stopping_short_of_a_permission_withholds_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Britain's new government has so far stopped short of letting Ukraine fire Storm Shadow missiles into Russia."));
    }

    [Fact]
    public void Reluctance_to_permit_is_a_refusal()
    {
        Assert.Equal(
            [("AT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Austria has been reluctant to permit Ukraine to use Austrian equipment against targets over the border in Russia."));
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
    public void A_negation_reaches_its_permission_across_a_verb_of_giving_and_its_recipient()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Germany is not going to give the Armed Forces of Ukraine permission to strike Russian territory with German weapons."));
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

    [Fact]
    public void A_permission_that_does_not_extend_to_a_weapon_bars_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The authorization to strike Russia does not extend to long-range ATACMS missiles."));
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

    [Fact]
    public void Missiles_that_cannot_be_fired_into_Russia_are_Prohibited()
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples("ATACMS still cannot be fired into Russia under US rules."));
    }

    [Fact]
    public void Reluctance_to_grant_a_demand_refuses_what_was_asked()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Biden is understood to be reluctant to grant Ukraine's insistent demand to be able to use long-range US-made ATACMS missiles against Russian territory."));
    }

    [Fact]
    public void No_new_decisions_expected_is_a_denial()
    {
        var statement = Assert.Single(Reading.Statements(
            "White House spokeswoman Karine Jean-Pierre said not to expect new decisions on long-range strikes on Russian territory after the meeting."));
        Assert.Equal(("US", WeaponClass.LongRange, Stance.Prohibited, StatementKind.Denial), (statement.Supplier, statement.WeaponClass, statement.Stance, statement.Kind));
    }

    [Fact]
    public void Warning_Kyiv_not_to_attack_is_Prohibited()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Prime Minister Alexander De Croo warned Kyiv not to attack targets in Russian airspace with Belgian F-16s."));
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

    [Theory]
    [InlineData("Belgian Prime Minister Alexander De Croo said the F-16 jets will be used by the Ukrainian Armed Forces on Ukrainian territory.")]
    [InlineData("De Croo said Belgian weapons are intended for use by the Ukrainian defence forces on the territory of Ukraine.")]
    [InlineData("De Croo said the weapons provided by Belgium as part of a security agreement, including F-16 aircraft, will be used by the Ukrainian Armed Forces on Ukrainian territory.")]
    public void Use_meant_for_Ukraine_with_Russia_unmentioned_stops_at_the_border(string sentence)
    {
        Assert.Equal([("BE", WeaponClass.General, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Pushing_back_on_requests_refuses_them()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Lloyd Austin pushed back on Ukraine's requests to use US weapons to launch long-range strikes inside Russian territory."));
    }

    [Fact]
    public void Only_allowed_inside_Ukraine_is_barred_from_Russia_even_when_Russia_is_the_enemy()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The Biden administration had only allowed Kyiv to use US-supplied weapons to fight against Russia inside Ukraine."));
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

    [Theory]
    [InlineData("We don't enable the use of American weapons to strike inside Russia, the White House spokesman said.")]
    [InlineData("“We don’t encourage or enable the use of American weapons to strike inside Russia,” the White House spokesman said.")]
    public void A_contracted_negation_reads_like_the_full_one(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Neither_encouraging_nor_enabling_is_a_refusal_in_any_tense()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("A spokesman said Washington neither encourages nor enables strikes on Russian territory with US weapons."));
    }

    [Fact]
    public void Holding_that_a_use_would_be_a_mistake_bars_it()
    {
        Assert.Equal(
            [("PT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("\u201cI remain convinced that it would be a mistake for the weapons we have provided to be used against targets in Russia,\u201d the Portuguese prime minister said."));
    }

    [Fact]
    public void An_approval_said_to_be_required_grants_nothing()
    {
        Assert.Empty(Reading.Triples("Norway has approved the delivery of missiles to Ukraine, but Norwegian approval is required before they can be fired at Russia."));
    }

    [Fact]
    public void A_policy_of_allowing_said_not_to_have_changed_is_no_permission()
    {
        var statement = Assert.Single(Reading.Statements("A U.S. official added that the policy of allowing long-range strikes inside Russia has not changed."));
        Assert.Equal(("US", WeaponClass.LongRange, Stance.Prohibited, StatementKind.Denial), (statement.Supplier, statement.WeaponClass, statement.Stance, statement.Kind));
    }

    [Theory]
    [InlineData("The use of British Storm Shadow missiles is currently limited to within Ukraine.")]
    [InlineData("The use of British Storm Shadow missiles is confined to the territory of Ukraine.")]
    public void Use_limited_to_within_Ukraine_is_barred_from_Russia(string sentence)
    {
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Ukraine has been denied permission to use ATACMS against Russian territory, a US official said.")]
    [InlineData("The US has quietly stopped Ukraine from firing ATACMS into Russia, officials said.")]
    public void Denied_permission_and_stopping_Ukraine_from_firing_bar(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Having_to_seek_approval_is_a_condition_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Washington requires Kyiv to seek approval before firing ATACMS into Russia."));
    }

    [Fact]
    public void A_departure_from_an_earlier_reluctance_states_no_ban_but_a_permission_given_in_a_departure_stands()
    {
        Assert.Empty(Reading.Triples("Trump's decision marks a departure from his earlier reluctance to allow strikes on Russian soil."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("In a departure from earlier policy, Biden has allowed Ukraine to fire ATACMS into Russia."));
    }

    [Fact]
    public void Ruling_out_delivering_a_system_and_allowing_strikes_bars_both()
    {
        Assert.Equal(
            [("DE", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Berlin continues to rule out delivering Taurus and allowing strikes deep inside Russia."));
    }

    [Fact]
    public void Not_signalling_any_change_to_a_policy_is_a_denial()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The US did not signal any changes to its policy on ATACMS strikes in Russia."));
    }

    [Fact]
    public void A_request_said_to_have_been_rejected_is_refused()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("A Ukrainian request to use ATACMS in Russia has been rejected, US officials said."));
    }

    [Fact]
    public void Reversing_a_decision_to_allow_bars()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The Trump administration reversed Biden's decision to allow ATACMS strikes inside Russia."));
    }

    [Theory]
    [InlineData("Washington will not lift the ban on ATACMS strikes in Russia.")]
    [InlineData("Washington does not lift restrictions on ATACMS strikes in Russia.")]
    public void Not_lifting_a_ban_keeps_it(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Use_only_within_territories_is_confined_to_Ukraine()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Belgium has offered its F-16s to Ukraine under the condition that they can only be used within territories Kyiv holds."));
    }

    [Fact]
    public void Cautioning_Kyiv_against_a_use_bars_it()
    {
        Assert.Equal(
            [("BE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The Belgian defence minister cautioned Kyiv against flying Belgian F-16s into Russian airspace."));
    }

    [Fact]
    public void No_change_to_our_view_is_a_denial()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("“There is no change to our view on Ukraine's use of long-range weapons inside Russia,” the US national security spokesman said."));
    }

    [Fact]
    public void Speaking_out_against_a_use_bars_it()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The German chancellor has spoken out against Ukraine using German weapons to strike Russia."));
    }

    [Fact]
    public void Use_that_is_not_on_the_table_is_barred()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Scholz said the use of German weapons on Russian territory is not currently on the table."));
    }

    [Fact]
    public void Unwillingness_to_support_use_is_a_refusal()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("U.S. officials reiterated the White House's unwillingness to support Ukraine's use of U.S.-provided weapons in strikes against military targets in Russia."));
    }

    [Fact]
    public void Nothing_changed_about_a_policy_is_a_denial()
    {
        var statement = Assert.Single(Reading.Statements("\"Nothing about our policy has changed on the use of American weapons in Russia,\" the State Department spokesperson said.", "t.txt"));
        Assert.Equal(("US", WeaponClass.General, Stance.Prohibited), (statement.Supplier, statement.WeaponClass, statement.Stance));
    }

    [Fact]
    public void Restrictions_to_be_kept_in_place_stand_now()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The White House is expected to keep in place its restrictions on Ukraine's use of American long-range weapons deep inside Russia, a U.S. official said."));
    }

    [Fact]
    public void A_permission_only_for_occupied_Ukrainian_territories_bars_Russia()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Britain initially permitted Ukraine to deploy Storm Shadow missiles only against Russian military forces in occupied Ukrainian territories."));
    }

    [Fact]
    public void A_position_said_to_be_unchanged_in_a_story_about_strikes_on_Russia_is_that_policy()
    {
        const string article = """
            MPs press ministers to let Ukraine fire Storm Shadow missiles into Russia

            Conservative MPs urged the government on Monday to let Ukraine use Storm Shadow missiles against targets in Russia.

            Foreign Office minister Anneliese Dodds said the UK Government's position was unchanged, and it was working with allies to supply Ukraine with munitions.
            """;
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(article));
    }

    [Fact]
    public void An_unchanged_policy_the_story_states_elsewhere_adds_no_ban()
    {
        const string article = """
            White House says policy on Ukraine's use of US weapons in Russia stands

            The president has allowed U.S. weapons to be used against Russian forces just across the border to address imminent threats.

            "There has been no change to our policy," Kirby told reporters.
            """;
        Assert.Equal([("US", WeaponClass.General, Stance.Limited)], Reading.Triples(article));
    }

    [Fact]
    public void A_policy_not_to_enable_strikes_is_a_ban()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Kahl said it remains U.S. policy not to enable strikes on Russian territory."));
    }

    [Fact]
    public void Denying_having_authorised_strikes_is_a_ban()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Germany's government denied authorizing strikes on Russian territory with German weapons."));
    }

    [Theory]
    [InlineData("Ukraine has promised the United States that it will not use HIMARS against targets inside Russia, Blinken said.", "US")]
    [InlineData("Ukraine has pledged to refrain from using U.S.-supplied HIMARS to strike targets in Russian territory, Austin said.", "US")]
    [InlineData("Wallace said he had received assurances from Ukraine that Storm Shadow missiles would not be used to target inside Russia.", "GB")]
    [InlineData("The president wanted assurances from Ukraine that HIMARS would not be fired into Russian territory.", "US")]
    public void A_use_Ukraine_undertook_to_forgo_is_the_suppliers_ban(string sentence, string supplier)
    {
        var triple = Assert.Single(Reading.Triples(sentence));
        Assert.Equal((supplier, Stance.Prohibited), (triple.Supplier, triple.Stance));
    }

    [Theory]
    [InlineData("While Washington does not encourage nor enable Ukraine to use U.S.-supplied weapon systems against Russian territory, Blinken said it was Kyiv's decision.", "US", WeaponClass.General)]
    [InlineData("Belgium's F-16 pledge comes with a clear warning to Zelenskyy: Don't fly them in Russian territory.", "BE", WeaponClass.General)]
    public void Not_encouraging_nor_enabling_and_a_warning_not_to_fly_there_bar(string sentence, string supplier, WeaponClass weaponClass)
    {
        Assert.Contains((supplier, weaponClass, Stance.Prohibited), Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("The Biden administration balks at allowing Kyiv to strike deep inside Russia using American-made weapons.", "US", WeaponClass.LongRange)]
    [InlineData("A depot in Russia burned as Kyiv awaits U.S. permission to use American weapons in such operations.", "US", WeaponClass.General)]
    [InlineData("German Chancellor Olaf Scholz stated his opposition to Ukraine using German weapons to strike Russian territory.", "DE", WeaponClass.General)]
    public void Balking_at_awaited_or_opposed_permission_is_a_ban(string sentence, string supplier, WeaponClass weaponClass)
    {
        Assert.Equal([(supplier, weaponClass, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Austin said the United States expects Ukraine not to use American weapons to attack Russian troops on Russian territory.", WeaponClass.General)]
    [InlineData("The United States gave Ukraine ATACMS missiles on the condition that Ukraine does not use them to attack targets in Russia.", WeaponClass.LongRange)]
    [InlineData("Security assistance to Ukraine is for use inside its borders, the Pentagon's top spokesman said.", WeaponClass.General)]
    public void A_use_expected_not_to_happen_or_a_condition_of_supply_is_a_ban(string sentence, WeaponClass weaponClass)
    {
        Assert.Equal([("US", weaponClass, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Russia struck Kharkiv again. The UK allowed Ukraine to use Storm Shadow, but only inside Ukraine.")]
    [InlineData("Russia struck Kharkiv again. In the past, the UK allowed Ukraine to use Storm Shadow, but soldiers could only attack Russian targets located within Ukraine's borders.")]
    public void A_permission_confined_to_Ukraine_by_a_but_only_clause_is_a_ban(string text)
    {
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(text));
    }

    [Theory]
    [InlineData("Britain is willing to move but the USA is digging its heels in over ATACMS strikes inside Russia.")]
    [InlineData("Zelenskiy said his forces urgently needed US permission to fire ATACMS at military targets deeper inside Russia.")]
    public void Digging_in_heels_or_a_permission_still_needed_is_a_ban(string sentence)
    {
        Assert.Contains(("US", WeaponClass.LongRange, Stance.Prohibited), Reading.Triples(sentence));
    }

    [Fact]
    public void Hesitating_to_allow_is_a_ban()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Washington has hesitated to allow Kyiv to fire US weapons into Russia."));
    }

    [Fact]
    public void Being_still_hesitant_is_a_ban()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("The United States is still hesitant about Ukraine using its weapons inside Russia."));
    }

    [Theory]
    [InlineData("“I am against German weapons being used deep inside Russia,” the chancellor said.", WeaponClass.LongRange)]
    [InlineData("Berlin has long been against the use of its weapons on Russian territory.", WeaponClass.General)]
    public void Being_against_the_use_is_a_ban(string sentence, WeaponClass weaponClass)
    {
        Assert.Equal([("DE", weaponClass, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void No_change_in_the_policy_on_how_weapons_can_be_used_is_a_denial_of_permission()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("There has not been a change in US policy on how Ukraine can use ATACMS inside Russia."));
    }

    [Theory]
    [InlineData("The Netherlands pushed back on Friday against pleas from Kyiv to let it hit targets inside Russia with Dutch F-16s.")]
    [InlineData("The Netherlands pushes back against Ukraine pleas to lift weapon restrictions on strikes in Russia.")]
    public void Pushing_back_against_pleas_for_a_permission_is_a_ban_not_the_permission(string sentence)
    {
        Assert.Equal([("NL", WeaponClass.General, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("When asked by reporters on Sunday whether he had made a decision on allowing Ukraine to use US-made long-range weapons against Russia, Biden answered: \u201cNo.\u201d")]
    [InlineData("Asked whether he would allow Ukraine to fire long-range missiles into Russia, Biden said \"no\".")]
    public void A_question_about_a_permission_answered_no_refuses_it(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Only_allowed_within_its_own_borders_bars_Russia_for_every_supplier_named()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Ukraine already has supplies of long-range missiles from the UK, the United States and France but at the moment it is only allowed to fire them at targets within its own borders."));
    }

    [Theory]
    [InlineData("The US has so far maintained that its weapons can be used against Russian forces in Ukraine.")]
    [InlineData("The US has so far maintained that its weapons can be used against Russian forces in Ukraine, but not to strike targets in Russian territory.")]
    public void Use_against_Russian_forces_in_Ukraine_bars_Russia(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void An_opening_amid_clause_does_not_govern_the_refusal_after_its_comma()
    {
        Assert.Equal(
            [("DE", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("But amid ongoing discussions among Ukraine's Western allies about using their weapons against Russia, Scholz continues to insist Berlin will not grant Kyiv permission to use its Taurus missiles to strike Russia."));
    }

    [Fact]
    public void Suppliers_set_apart_by_an_aside_between_dashes_keep_their_verb()
    {
        Assert.Equal(
            [("DE", WeaponClass.LongRange, Stance.Prohibited), ("GB", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The US, UK, and Germany - the three nations supplying the bulk of long-range missiles to Ukraine - have so far refused to let Ukraine strike deep into Russian territory."));
    }

    [Fact]
    public void A_subordinate_set_off_by_commas_does_not_govern_what_follows_it()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("On Monday, while discussing the issue, the Dutch prime minister spoke out against Ukraine's use of Dutch weapons for strikes on Russian territory."));
    }

    [Fact]
    public void A_permission_for_Crimea_but_not_Russia_bars_Russia()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("France allowed Ukraine to use SCALP missiles against Crimea and other occupied areas, but not recognised Russian territory."));
    }

    [Fact]
    public void Their_deployment_after_an_opening_adverbial_is_the_use_of_the_system_named_before()
    {
        const string text = """
            London weighs its options

            Ministers have not said whether they will widen the use of Britain's Storm Shadow missiles. So far, their deployment has been restricted to Ukrainian territory.
            """;
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(text));
    }

    [Fact]
    public void Keeping_an_embargo_on_the_use_bars_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Washington has kept an embargo on the use of ATACMS against targets deep in Russia."));
    }

    [Fact]
    public void What_Russia_refuses_is_no_suppliers_rule()
    {
        Assert.Empty(Reading.Triples("'We stressed the need for using pressure against Russia, who has refused to negotiate,' the Canadian prime minister said."));
    }

    [Fact]
    public void A_permission_a_government_has_yet_to_give_is_not_given()
    {
        Assert.Equal(
            [("IT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Rome has yet to approve the use of Italian weapons against targets on Russian soil, officials said."));
    }

    [Fact]
    public void A_permission_a_government_does_not_intend_to_grant_is_refused()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("France does not plan to give Kyiv permission to fire SCALP missiles at Russian cities."));
    }

    [Fact]
    public void A_permission_to_strike_occupation_forces_keeps_to_Ukraine()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("London said Storm Shadow was given to allow Ukraine to hit Russian occupying forces behind the front line."));
    }

    [Fact]
    public void Weapons_sent_with_the_proviso_that_they_are_not_used_on_Russia_are_barred_there()
    {
        Assert.Equal(
            [("SE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Sweden's CV90 vehicles arrived with the stipulation that they are not used to attack Russian soil."));
    }

    [Theory]
    [InlineData("Zelensky sought approval from Paris to fire SCALP missiles at Russian airbases but was turned down.", "FR", WeaponClass.LongRange)]
    [InlineData("Kyiv asked the Dutch government for permission to fly Dutch F-16s over Russia but was refused.", "NL", WeaponClass.General)]
    public void A_permission_asked_for_but_denied_is_barred(string sentence, string supplier, WeaponClass weaponClass)
    {
        Assert.Equal([(supplier, weaponClass, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_request_to_use_that_was_not_granted_is_refused()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Ukraine's request to strike Russian airfields with Dutch F-16s was not granted."));
    }

    [Theory]
    [InlineData("Kyiv can only use its Czech-supplied weapons on its own side of the border when it repels Russian attacks.")]
    [InlineData("Prague says Ukraine can only use the Czech howitzers donated to it on its territory to drive out the Russian forces.")]
    public void Can_only_use_on_its_own_side_of_the_border_bars_Russia(string sentence)
    {
        Assert.Equal([("CZ", WeaponClass.General, Stance.Prohibited)], Reading.Triples(sentence));
    }

    [Fact]
    public void Not_convinced_that_it_should_allow_is_no_permission()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("The Élysée is still not convinced that it should let Ukraine fire SCALP missiles deep into Russia."));
    }
}
