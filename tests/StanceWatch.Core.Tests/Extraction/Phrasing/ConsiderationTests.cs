using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction.Phrasing;

/// <summary>Changes weighed, expected, hinted at or unconfirmed: UnderReview or no rule, never a decision.</summary>
public sealed class ConsiderationTests
{
    [Fact]
    public void A_permission_hoped_for_is_not_given()
    {
        Assert.DoesNotContain(
            Reading.Triples("Ukrainian leaders are hoping for some kind of green light from Washington on using US long-range weapons against Russia."),
            t => t.Stance == Stance.Allowed);
    }

    [Theory]
    [InlineData("Yet, as President Biden deliberates on allowing Ukraine to use US missiles to strike targets deep in Russian territory, officials weigh the risks.")]
    [InlineData("Zelensky spoke ahead of an expected US decision on whether or not to allow Ukraine to use long-range missiles inside Russian territory.")]
    public void Deliberating_or_deciding_whether_or_not_to_allow_is_a_consideration(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Fact]
    public void Talks_that_are_continuing_about_a_permission_consider_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("The foreign secretary said talks are continuing with allies about giving Kyiv permission to use Storm Shadow missiles against Russia."));
    }

    [Fact]
    public void No_decision_yet_is_a_consideration()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Downing Street said no decision had been made on allowing Storm Shadow strikes inside Russia."));
    }

    [Fact]
    public void Declining_to_rule_out_a_permission_is_a_consideration()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Macron declined to rule out allowing Kyiv to fire SCALP missiles at targets inside Russia."));
    }

    [Theory]
    [InlineData("The United States and Britain may grant Ukraine a green light to fire Storm Shadow missiles into Russia, The Times reported.")]
    [InlineData("Britain has sent the missiles, but the United States must give its permission for strikes on Russian territory.")]
    public void A_permission_that_may_come_or_must_first_be_given_is_not_given(string sentence)
    {
        Assert.DoesNotContain(Reading.Triples(sentence), t => t.Stance is Stance.Allowed or Stance.Limited);
    }

    [Fact]
    public void Talks_about_whether_to_approve_are_a_consideration_but_unclear_whether_is_unknown()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Talks at the White House focused on whether to approve Kyiv's use of ATACMS missiles in Russia, US officials said."));
        Assert.Empty(Reading.Triples("It is unclear whether the US would allow Kyiv to fire ATACMS missiles into Russia."));
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
    public void A_permission_not_officially_confirmed_is_no_rule()
    {
        Assert.Empty(Reading.Triples("London has not officially confirmed allowing Kyiv to use its missiles against targets inside Russia."));
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
    public void Not_ruling_out_however_phrased_is_a_consideration()
    {
        Assert.Equal(
            [("FR", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Macron did not directly rule out letting Ukraine strike Russian territory with French weapons."));
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
    public void A_permission_that_could_have_consequences_is_imagined_not_granted()
    {
        Assert.Empty(Reading.Triples("Biden said he felt allowing U.S. missiles to be used on Russian territories could draw the United States into direct conflict."));
        Assert.Equal(
            [("US", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Washington is considering allowing U.S. missiles to be used on Russian territory, which could anger Moscow."));
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

    [Fact]
    public void Being_interested_in_allowing_is_a_consideration()
    {
        Assert.Equal(
            [("GB", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Britain is interested in allowing Ukraine to use British weapons for strikes in Russia, officials said."));
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

    [Fact]
    public void Discussions_that_a_decision_followed_govern_nothing()
    {
        Assert.Equal(
            [("CA", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Following these discussions, Canada lifted restrictions on its weapons, allowing Ukraine to strike targets in Russia."));
    }

    [Fact]
    public void Deciding_not_to_confirm_a_permission_states_no_rule()
    {
        Assert.Empty(Reading.Triples("Oslo decided not to confirm granting permission for strikes in Russia with Norwegian weapons."));
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
    public void Working_it_out_when_questioned_whether_to_permit_is_a_consideration()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("\"We're working that out right now,\" the president said when questioned this week whether he would permit ATACMS strikes on airfields inside Russia."));
        Assert.Empty(Reading.Triples("The president was questioned this week whether he would permit ATACMS strikes inside Russia."));
    }

    [Theory]
    [InlineData("The US president is signalling new openness in allowing Ukraine to fire ATACMS at targets deep inside Russia.")]
    [InlineData("Washington signalled openness towards letting Kyiv fire ATACMS into Russia.")]
    public void Openness_in_or_towards_allowing_is_a_consideration(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_review_mechanism_that_applies_the_rule_is_no_consideration_of_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("A Pentagon review mechanism has prevented Ukraine from using ATACMS to strike inside Russia."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("A review of the restrictions on Ukraine's use of ATACMS in Russia is under way at the Pentagon."));
    }

    [Fact]
    public void A_discussion_in_the_framing_does_not_govern_the_words_quoted_after_said()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.Allowed)],
            Reading.Triples("Speaking at a panel discussion in Berlin, Merz said \u201cThere are no longer any range restrictions on German weapons used against targets in Russia.\u201d"));
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Merz said Germany was discussing whether Ukraine may use German weapons against targets in Russia."));
    }

    [Theory]
    [InlineData("Asked whether Washington would allow ATACMS strikes inside Russia, Austin said: \"We are looking at it.\"")]
    [InlineData("Asked whether Washington would allow ATACMS strikes inside Russia, Austin said the US was considering it.")]
    [InlineData("Lifting the ban on ATACMS strikes in Russia is not off the table, a US official said.")]
    public void A_question_answered_with_a_consideration_or_an_option_not_off_the_table_considers(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Fact]
    public void Strikes_that_remain_off_the_table_are_barred()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited)],
            Reading.Triples("Long-range ATACMS strikes on Russian territory remain off the table, a Pentagon spokesperson said."));
    }

    [Fact]
    public void A_hint_that_a_permission_had_already_been_given_reports_it_but_a_hint_of_what_could_come_speculates()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Kellogg hinted that Trump had already authorized strikes deep into Russian territory."));
        Assert.Empty(Reading.Triples("Kellogg hinted that Trump could authorize strikes deep into Russian territory."));
    }

    [Fact]
    public void A_review_that_gives_someone_the_final_word_is_a_procedure_not_a_consideration()
    {
        Assert.Empty(Reading.Triples("This review gives the defence secretary the final word on whether Ukraine can use ATACMS against targets in Russia."));
    }

    [Fact]
    public void What_governs_an_opening_while_clause_stops_at_its_comma()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.Allowed), ("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("While the UK is weighing whether to allow Storm Shadow strikes in Russia, France has already permitted SCALP use there."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("While Vance was non-committal on Ukraine's Tomahawk request, Kellogg hinted that Trump had already authorized strikes deep into Russian territory."));
    }

    [Fact]
    public void A_government_inclined_to_allow_is_considering()
    {
        Assert.Equal(
            [("DE", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("The German government is also inclined to allow Ukraine to strike Russia with German weapons."));
    }

    [Fact]
    public void Approval_on_the_horizon_is_under_consideration_not_given()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("With approval for Ukraine to fire ATACMS into Russia on the horizon, the Kremlin issued new threats."));
    }

    [Fact]
    public void An_imminent_approval_after_but_leaves_the_refusal_before_it_standing()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Prohibited), ("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Washington has not yet given permission for ATACMS strikes on Russia, but its approval appears imminent."));
    }

    [Fact]
    public void Working_on_it_when_asked_about_lifting_considers_the_lifting()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Biden said his administration is working on this issue when asked about lifting restrictions on ATACMS strikes in Russia."));
    }

    [Fact]
    public void Considering_his_statements_is_a_reason_not_a_review()
    {
        Assert.DoesNotContain(
            ("US", WeaponClass.General, Stance.UnderReview),
            Reading.Triples("When asked about allowing strikes on Russia with US weapons, Kellogg said: “Considering his statements, I believe the answer is yes.”"));
    }

    [Theory]
    [InlineData("Asked whether Washington allows strikes on Russia with US weapons, the US envoy said: “Yes.”")]
    [InlineData("When pressed on whether the president supports strikes into Russia with US weapons, the US envoy answered, “Yes,” and left.")]
    public void A_question_answered_yes_states_what_it_asked(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.Allowed)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("The US secretary of state wants Ukraine to be allowed to strike Russian territory with US weapons.")]
    [InlineData("The US secretary of state wants to ensure that Ukraine is allowed to strike Russian territory with US weapons.")]
    public void A_government_official_who_wants_Ukraine_allowed_considers_it(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Fact]
    public void Discussing_a_decision_already_taken_does_not_reopen_it()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("EU ministers gathered in Brussels to discuss developments, including US President Joe Biden's decision to lift restrictions on long-range missile strikes inside Russia."));
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Washington is considering a decision to allow ATACMS strikes into Russia."));
    }

    [Fact]
    public void Not_intending_to_review_restrictions_keeps_them()
    {
        Assert.Equal(
            [("IT", WeaponClass.General, Stance.Prohibited)],
            Reading.Triples("Italy, unlike Germany, does not intend to review restrictions on the use of weapons transferred to Ukraine for attacks on Russian territory."));
    }

    [Theory]
    [InlineData("France reiterated that strikes on military targets inside Russia were an option.")]
    [InlineData("Officials said strikes on Russian airfields with Storm Shadow missiles were under review in London.")]
    public void Strikes_that_were_an_option_or_under_review_are_a_consideration(string sentence)
    {
        Assert.Equal(Stance.UnderReview, Assert.Single(Reading.Triples(sentence)).Stance);
    }

    [Theory]
    [InlineData("It comes as Mr Biden is set to allow Ukraine to use ATACMS missiles to strike deep into Russia for the first time.")]
    [InlineData("Biden is expected to allow Ukraine to fire ATACMS missiles into Russia.")]
    public void A_permission_set_or_expected_to_come_is_under_review(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Fact]
    public void A_government_still_thinking_is_reviewing()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Permission for ATACMS strikes inside Russia: the U.S. still thinking"));
    }

    [Fact]
    public void A_government_in_favour_of_easing_its_own_rule_has_not_eased_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("London favors easing restrictions on long-range strikes but awaits a decision from Washington on Storm Shadow missiles against Russian soil."));
    }

    [Theory]
    [InlineData("Washington is prepared to lift its ban on Ukrainian strikes deep inside Russia with US-supplied weapons.")]
    [InlineData("US officials are ready to lift the ban on Ukrainian strikes deep inside Russia with US-supplied weapons.")]
    public void A_government_prepared_to_lift_its_ban_is_reviewing_it(string sentence)
    {
        Assert.Equal([("US", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("There is much discussion within Biden's administration about whether Ukraine should use American weapons to strike targets within Russia.")]
    [InlineData("The administration is discussing whether Ukraine can use American weapons to strike targets in Russia.")]
    public void A_deliberation_on_whether_Ukraine_should_use_the_weapons_is_a_review(string sentence)
    {
        Assert.Equal([("US", WeaponClass.General, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Theory]
    [InlineData("Blinken gave a strong indication that the United States is preparing to lift its restrictions on Ukraine's use of long-range weapons inside Russia.", "US")]
    [InlineData("The White House is in the final stages of developing a plan to ease restrictions on Ukraine's use of long-range weapons against Russia.", "US")]
    [InlineData("Britain has hinted that it might be willing to allow Ukraine to use its long-range missiles to hit targets inside Russia.", "GB")]
    [InlineData("The UK is highly likely to provide Ukraine with approval to use Storm Shadow missiles against Russian targets.", "GB")]
    public void A_government_preparing_planning_or_likely_to_allow_is_reviewing(string sentence, string supplier)
    {
        Assert.Equal([(supplier, WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(sentence));
    }

    [Fact]
    public void Edging_towards_a_permission_considers_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Britain edges towards letting Ukraine fire Storm Shadow missiles into Russia"));
    }

    [Fact]
    public void Being_eager_to_allow_considers_it()
    {
        Assert.Equal(
            [("FR", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Paris is eager to let Ukraine use SCALP missiles against targets inside Russia."));
    }

    [Fact]
    public void A_proposal_to_allow_considers_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Britain has drafted a proposal to let Ukraine fire Storm Shadow missiles into Russia."));
    }

    [Fact]
    public void Leaning_towards_a_permission_is_a_consideration()
    {
        Assert.Equal(
            [("SE", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Sweden is leaning towards letting Ukraine strike Russian territory with Swedish weapons."));
    }

    [Theory]
    [InlineData("Canada and Norway may lift the limits on Ukraine's use of their weapons against Russia next month.", "CA,NO")]
    [InlineData("Norway might allow Kyiv to strike Russian territory with Norwegian rockets.", "NO")]
    [InlineData("Canada could allow Ukraine to hit targets in Russia with Canadian weapons.", "CA")]
    public void A_permission_a_government_may_give_is_under_consideration(string sentence, string suppliers)
    {
        Assert.Equal(
            suppliers.Split(',').Select(s => (s, WeaponClass.General, Stance.UnderReview)).ToList(),
            Reading.Triples(sentence));
    }

    [Fact]
    public void Talks_with_allies_on_giving_permission_are_a_consideration()
    {
        Assert.Equal(
            [("NL", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("The Dutch minister will keep up talks with allies on giving Kyiv permission to fire Dutch weapons into Russia."));
    }

    [Fact]
    public void Discussions_in_an_opening_after_phrase_came_before_the_decision()
    {
        Assert.Equal(
            [("NO", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("After many months of discussions, Norway is now giving the green light for Ukraine to use long range Norwegian weapons inside Russia."));
    }

    [Fact]
    public void Officials_in_favor_of_lifting_their_own_restrictions_consider_it()
    {
        Assert.Equal(
            [("US", WeaponClass.General, Stance.UnderReview)],
            Reading.Triples("Some top U.S. officials are said to be in favor of lifting the restrictions on how Ukraine uses weapons provided by Washington to strike Russia."));
    }

    [Fact]
    public void A_question_asked_a_few_words_before_whether_is_what_is_being_worked_out()
    {
        Assert.Equal(
            [("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Biden, when asked by reporters on Tuesday whether he would lift restrictions on the use of long-range weapons against Russia, said: \"We're working that out right now.\""));
    }

    [Fact]
    public void Talks_about_cruise_missiles_are_about_long_range_weapons()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview), ("US", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Starmer and Biden held talks on whether to allow Ukraine to fire cruise missiles into Russia."));
    }

    [Fact]
    public void Deciding_whether_a_supplier_will_lift_restrictions_is_a_consideration()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.UnderReview)],
            Reading.Triples("Ministers in London are now deciding whether Britain will lift its limits on Storm Shadow strikes against Russia."));
    }

    [Fact]
    public void The_restrictions_a_story_about_strikes_on_Russia_is_about_need_no_second_naming()
    {
        const string Story = """
            Washington weighs Kyiv's plea on long-range missiles

            Ukraine has asked the US for months to let it fire ATACMS missiles at airfields inside Russia.

            Asked on Monday whether he would loosen the restrictions, Biden told reporters: "We are working on that."
            """;
        Assert.Equal([("US", WeaponClass.LongRange, Stance.UnderReview)], Reading.Triples(Story));
    }

    [Fact]
    public void What_an_aside_expects_of_its_subject_does_not_reach_the_verb_after_it()
    {
        Assert.Equal(
            [("GB", WeaponClass.LongRange, Stance.Allowed)],
            Reading.Triples("Starmer, who is expected to fly to Kyiv next week, authorised Ukraine to fire Storm Shadow missiles into Russia."));
    }

    [Theory]
    [InlineData("Paris was ready to allow SCALP strikes inside Russia but backed off.")]
    [InlineData("Paris had been expected to let Ukraine fire SCALP missiles into Russia but then balked.")]
    public void A_permission_considered_and_backed_away_from_is_not_given(string sentence)
    {
        Assert.Equal([("FR", WeaponClass.LongRange, Stance.Prohibited)], Reading.Triples(sentence));
    }
}
