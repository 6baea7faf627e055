using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction.Phrasing;

/// <summary>Words that are not a supplier's own policy: calls on others, opinions, the press, former officials, headlines about talks.</summary>
public sealed class ViewsAndAdvocacyTests
{
    [Fact]
    public void What_the_Kremlin_believes_a_supplier_allowed_is_no_statement()
    {
        Assert.Empty(Reading.Triples("Kremlin Believes U.S. Has Authorized Long-Range Ukrainian Strikes on Russia"));
    }

    [Fact]
    public void Asking_the_EU_to_lift_restrictions_is_advocacy()
    {
        Assert.Empty(Reading.Triples("Polish foreign minister asks EU to lift restrictions on Ukraine's use of long-range weapons against Russia"));
    }

    [Fact]
    public void Opposing_anothers_decision_is_a_view_and_the_decision_is_the_statement()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Turkey's President Erdogan opposes a U.S. decision to allow Ukraine to use long-range missiles to attack inside Russia."));
    }

    [Fact]
    public void A_hope_that_another_will_lift_restrictions_is_no_ones_policy()
    {
        Assert.Empty(Reading.Triples("Zelensky expressed hope that the US will lift all restrictions on strikes on Russian territory with American weapons."));
    }

    [Fact]
    public void Supporting_a_change_to_the_rules_on_Western_weapons_is_advocacy()
    {
        Assert.Empty(Reading.Triples("Latvia supports lifting all restrictions on the use of Western weapons against targets in Russia, its president said."));
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
    public void Considering_it_logical_is_an_opinion_not_a_consideration()
    {
        Assert.Equal(
            [("CZ", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Czech prime minister considers it logical that Ukraine can strike military targets in Russia with Czech weapons."));
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
    public void What_weapons_are_for_is_not_a_rule_and_wanting_another_to_allow_is_advocacy()
    {
        Assert.DoesNotContain(
            Reading.Triples("Canada fully supports Ukraine using Canadian weapons to prevent and interdict Russia's attacks on civilian infrastructure."),
            t => t.Stance == Stance.Prohibited);
        Assert.Empty(Reading.Triples("Ukraine and many of its supporters want President Biden to let Kyiv use the weapons to strike military targets deeper inside Russia."));
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
    public void A_countrys_press_is_not_its_government()
    {
        Assert.Empty(Reading.Triples("According to German magazine Focus, Ukrainians are now only allowed to attack about 16 per cent of Russian territory with Western weapons."));
    }

    [Fact]
    public void The_Associated_Press_is_an_outlet_not_pressure()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("The Associated Press reported that President Joe Biden had authorized Ukraine to use U.S. weapons to attack inside Russia."));
    }

    [Fact]
    public void A_call_to_lift_restrictions_is_advocacy_even_when_an_official_is_asked_about_it()
    {
        Assert.Empty(Reading.Triples("Kirby was asked to comment on Zelenskyy's recent call to lift restrictions on the use of American weapons for strikes on Russian territory."));
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
    public void Consenting_to_the_use_allows_and_Ukraine_asking_is_not_a_supplier_deciding()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("US president agrees to the use of American weapons on Russian territory"));
        Assert.Empty(Reading.Triples("Zelensky has repeatedly urged Washington to let Ukraine use American weapons on Russian territory."));
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
    public void Ukraine_seeking_approval_is_no_permission_and_a_long_sought_one_granted_is()
    {
        Assert.Empty(Reading.Triples("Kyiv has for weeks sought German approval to strike military targets inside Russia."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("With Washington finally granting Ukraine long-sought permission to fire ATACMS into Russia, the front may change."));
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
    public void Pressuring_others_to_lift_restrictions_is_advocacy()
    {
        Assert.Empty(Reading.Triples("Zelensky had been pressuring Canada and Norway to lift restrictions on using their weapons against Russian targets."));
        Assert.Empty(Reading.Triples("Countries demanding that Western nations allow Ukraine to use their weapons on Russian soil are not helping, the Spanish defence minister has said."));
    }

    [Fact]
    public void A_headline_naming_what_a_minister_spoke_about_is_not_a_decision()
    {
        Assert.Equal(
            [("NO", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Norway's foreign minister on allowing strikes on Russia with Norwegian weapons: our position has not changed"));
    }

    [Fact]
    public void Not_wanting_an_outcome_is_no_rule_on_the_weapons()
    {
        Assert.Empty(Reading.Triples("The president said that before sending more Tomahawks he did not want to escalate the war between Russia and Ukraine."));
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Scholz said he did not want German weapons to be used against Russia."));
    }

    [Theory]
    [InlineData("Finland supports the lifting of restrictions on the use of long-range weapons that partners have delivered to Ukraine.")]
    [InlineData("Sweden supports permission for Ukraine to fire long-range capabilities into Russia.")]
    public void Backing_the_lifting_or_a_permission_as_a_thing_is_a_view_on_others_rules(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("The Pentagon refused to discuss whether US weapons were used in strikes on Russia.")]
    [InlineData("The Pentagon refuses to comment on whether Ukraine may use US weapons inside Russia.")]
    [InlineData("Downing Street refused to be drawn on whether Storm Shadow could be used in Russia.")]
    public void Refusing_to_comment_is_silence_not_a_refusal_of_use(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Chancellor Olaf Scholz has repeatedly refused to send Taurus missiles, fearing they could be used to hit Moscow.")]
    [InlineData("Berlin is worried that Taurus missiles could be used to strike Moscow.")]
    public void A_fear_that_weapons_could_be_used_on_Russia_is_no_permission(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Fact]
    public void A_fear_after_the_rule_leaves_the_rule_standing()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Washington has barred Ukraine from using ATACMS in Russia, fearing that this could escalate the war."));
    }

    [Theory]
    [InlineData("Washington should lift all restrictions on Ukraine's use of American weapons in Russia, analysts said.")]
    [InlineData("Britain should let Ukraine fire Storm Shadow missiles into Russia, the newspaper argued in an editorial.")]
    public void What_a_named_government_should_do_is_a_demand_of_it(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("\"We should let them strike military sites in Russia with French weapons,\" Macron said.")]
    [InlineData("The French president said that Kyiv should be allowed to strike military sites in Russia with French weapons.")]
    public void What_we_should_do_or_what_Kyiv_should_be_allowed_stays_the_speakers_policy(string sentence)
    {
        Assert.Equal([("FR", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Fact]
    public void Support_for_Ukraine_in_the_framing_is_no_call_on_others()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed), ("FR", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("In a significant shift in support for Ukraine, Merz said Germany and France have removed the restrictions on Ukraine's use of their weapons against Russia."));
    }

    [Fact]
    public void Pleas_for_permission_are_a_request_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Ukraine's pleas for permission to fire long-range American missiles into Russia dominated the talks."));
    }

    [Fact]
    public void An_opening_question_put_to_the_speaker_governs_nothing_after_its_comma()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Pressed on whether London would lift the limits, the British defence secretary said Storm Shadow missiles must not be used on Russian territory."));
    }

    [Fact]
    public void What_international_law_permits_is_no_government_rule()
    {
        Assert.Empty(Reading.Triples("The German defence minister said international law permits the use of Western weapons on Russian territory."));
    }

    [Fact]
    public void A_permission_Ukraine_needs_is_asked_for()
    {
        Assert.Empty(Reading.Triples("Zelensky said he had described to the Americans what lifting of restrictions on strikes in Russia Ukraine needs."));
    }

    [Theory]
    [InlineData("'Let Ukraine strike Russian air bases' – Estonian defense minister")]
    [InlineData("Moscow opposes Tomahawk missile supply to Kyiv, calls for US restraint")]
    public void A_bid_to_let_and_opposition_to_a_supply_state_no_rule(string headline)
    {
        Assert.Empty(Reading.Triples(headline));
    }

    [Fact]
    public void What_would_follow_otherwise_is_not_the_rule()
    {
        Assert.Empty(Reading.Triples("\"Otherwise, we impose restrictions on Ukraine's use of weapons against Russia, which makes it difficult to win,\" the Norwegian foreign minister said."));
    }

    [Fact]
    public void Making_the_case_for_a_permission_asks_for_it()
    {
        Assert.Empty(Reading.Triples("Zelensky made his case for being allowed to strike at Russian bases with British weapons."));
    }

    [Fact]
    public void A_now_that_clause_states_a_fact_the_call_before_it_does_not_govern()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("There have been calls for the UK to follow suit now that Biden has given the green light for American-supplied weapons to be used against Russia."));
    }

    [Theory]
    [InlineData("Ukraine should have the right to hit Russian air bases to eliminate the sources of attacks, Minister of Defense Hanno Pevkur said.")]
    [InlineData("Finland and Estonia say that Ukraine should be given permission to attack military targets inside Russia with weapons provided by Western countries.")]
    [InlineData("Estonia, Finland back lifting arms use restrictions on Ukraine's strikes on Russia")]
    [InlineData("Press US to give Ukraine go-ahead to use ATACMS missiles in Russia, urge Tories")]
    [InlineData("A group of House Republicans have written to President Joe Biden urging him to lift the restrictions on US-provided long-range weapons and allow Kyiv to strike targets deep inside Russia.")]
    public void What_Ukraine_should_be_allowed_with_others_weapons_is_advocacy(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Fact]
    public void A_permission_on_a_condition_still_to_be_met_is_not_granted()
    {
        Assert.Empty(Reading.Triples("Officials arrived with a list of Russian targets that Kyiv believes it could strike using U.S. weapons if given permission."));
    }

    [Fact]
    public void A_verdict_on_a_past_decision_states_no_rule()
    {
        Assert.Empty(Reading.Triples("Trump believes the United States should not have allowed Ukraine to strike 200 miles into Russia with American missiles."));
    }

    [Fact]
    public void Regarding_a_permission_as_something_is_no_consideration_of_it()
    {
        Assert.DoesNotContain(
            Reading.Triples("Russia would consider the White House's authorization for Ukraine to use U.S.-made longer-range weapons within Russia to be a new round of tensions, a Kremlin spokesperson said."),
            triple => triple.Stance == Stance.UnderReview);
    }

    [Fact]
    public void What_a_named_leader_should_do_is_a_demand_of_him()
    {
        Assert.Empty(Reading.Triples("Biden should let Ukraine strike back at Russia with American weapons"));
    }

    [Fact]
    public void Begging_a_government_to_allow_is_a_request()
    {
        Assert.Empty(Reading.Triples("For weeks, Zelenskyy has been begging Washington to allow Ukrainian forces to use US-supplied missiles against targets inside Russia."));
    }

    [Fact]
    public void Pressure_set_off_before_the_one_who_acted_explains_a_decision_but_pressure_to_allow_asks_for_one()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.Limited)],
            Reading.Triples("Last week, under pressure from European allies, President Biden relented, permitting Kyiv to use US weapons against military targets inside Russia, but only in areas bordering the Kharkiv region."));
        Assert.Empty(Reading.Triples("Biden is under pressure from allies to allow Ukraine to strike Russia with US weapons."));
    }

    [Fact]
    public void Urging_a_named_leader_asks_him_even_from_his_own_minister()
    {
        Assert.Empty(Reading.Triples("US Secretary of State Antony Blinken has been urging Biden to lift restrictions on Ukraine's use of US weapons against Russia."));
    }

    [Fact]
    public void A_country_that_pushes_another_asks_it()
    {
        Assert.Empty(Reading.Triples("Zelenskyy to meet Biden as Ukraine pushes US to loosen restrictions on long-range weapons against Russia"));
    }

    [Fact]
    public void Growing_pressure_to_allow_is_others_demand()
    {
        Assert.Empty(Reading.Triples("Russian troops massed near Kharkiv, as Washington came under growing pressure to let Kyiv use US-supplied arms to hit military targets inside Russia."));
    }

    [Fact]
    public void A_government_facing_pressure_to_lift_a_restriction_has_not_lifted_it()
    {
        Assert.Empty(Reading.Triples("Canada has been facing increasing pressure to loosen its restrictions on strikes in Russia."));
    }

    [Fact]
    public void It_is_essential_that_a_government_allows_is_advocacy()
    {
        Assert.Empty(Reading.Triples("It is essential the White House allows Ukraine to use US weapons against Russia, the newspaper's editorial said."));
    }

    [Theory]
    [InlineData("The administration's view differs from that of several members of Congress, led by the House Speaker, who believe Kyiv has every right to use U.S. weapons against targets in Russia.")]
    [InlineData("The decision angered much of the U.S. Senate and Congress, who believe Kyiv has every right to use U.S. weapons against targets in Russia.")]
    public void Legislators_a_who_clause_refers_back_to_hold_views_not_policy(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Berlin's choice this winter is stark: should it let Kyiv fire Taurus missiles at bridges inside Russia?")]
    [InlineData("Will Italy allow Ukraine to use Italian weapons on Russian soil?")]
    public void A_yes_or_no_question_about_a_rule_states_none(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Fact]
    public void A_question_about_why_a_permission_was_given_takes_it_as_given()
    {
        Assert.Equal([("GB", WeaponClass.LongRange, Stance.Allowed)], Reading.Triples("Why did London allow Kyiv to fire Storm Shadow missiles into Russia?"));
    }

    [Fact]
    public void Allies_without_a_consensus_on_lifting_restrictions_have_decided_nothing()
    {
        Assert.Empty(Reading.Triples("Poland, Sweden and Norway still lack a consensus on lifting restrictions on the use of their weapons against Russia."));
    }

    [Fact]
    public void What_a_permission_will_bring_is_a_view_of_it_not_a_permission()
    {
        Assert.Empty(Reading.Triples("Canadian officials think that letting Ukraine use Canadian weapons inside Russia will provoke Moscow."));
    }

    [Fact]
    public void What_Russia_is_allowed_to_do_is_no_rule_on_Ukraine()
    {
        const string Story = """
            Canada sends more aid to Ukraine

            Under a new Canadian directive, Ukraine can use the donated artillery to strike across the border into Russia if forces there are attacking.

            The aid comes as Trudeau used a speech in Ottawa to vow that Canada "will not walk away" from Ukraine and allow Russia to threaten more of Europe.
            """;
        Assert.DoesNotContain(Reading.Statements(Story), s => s.Evidence.Contains("walk away", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In Paris, the Ukrainian leader asked for permission to fire SCALP missiles at Russian airfields.")]
    [InlineData("Zelensky went to Paris and asked for permission to strike Russian airfields with SCALP missiles.")]
    [InlineData("Zelensky met President Macron and asked for permission to strike Russian airfields with SCALP missiles.")]
    public void Where_Ukraine_asks_and_whom_it_meets_are_not_who_asks(string sentence)
    {
        Assert.Empty(Reading.Triples(sentence));
    }

    [Fact]
    public void A_permission_still_to_be_got_is_not_given()
    {
        Assert.Empty(Reading.Triples("The Ukrainian army hopes to obtain permission to use Dutch F-16s against targets in Russia."));
    }
}
