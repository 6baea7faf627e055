using StanceWatch.Core.Articles;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Tests.Extraction;

public sealed class ExtractionTests
{
    private static IReadOnlyList<Statement> Extract(string text, string name = "test.txt") => Reading.Statements(text, name);

    private static Statement Single(string text, string supplier)
    {
        var statements = Extract(text).Where(s => s.Supplier == supplier).ToList();
        Assert.True(statements.Count > 0, $"no statement for {supplier} in: {text}");
        return Assert.Single(statements.DistinctBy(s => (s.Stance, s.WeaponClass)));
    }

    [Theory]
    [InlineData("The Netherlands has authorised Kyiv to use Dutch-supplied F-16 jets against targets on Russian territory, Defence Minister Ruben Brekelmans said.", "NL")]
    [InlineData("Sweden said on Monday it places no restrictions on how Ukraine uses Swedish weapons, including against military targets inside Russia.", "SE")]
    [InlineData("Canada gave Ukraine the green light to strike Russian territory with Canadian-donated weapons.", "CA")]
    [InlineData("Poland has lifted all restrictions on Ukraine's use of Polish arms against Russian soil, Foreign Minister Radoslaw Sikorski said.", "PL")]
    [InlineData("Ukraine can deploy Dutch F-16s on Russian territory, the Dutch chief of defence told broadcaster NOS.", "NL")]
    public void Allowing_cues_give_Allowed(string sentence, string supplier)
    {
        var statement = Single(sentence, supplier);
        Assert.Equal(Stance.Allowed, statement.Stance);
        Assert.Equal(sentence, statement.Evidence);
    }

    [Fact]
    public void A_permission_with_a_region_is_Limited_with_that_scope()
    {
        var statement = Single(
            "Germany has allowed Ukraine to use German weapons against Russian forces near the border with the Kharkiv region.", "DE");
        Assert.Equal(Stance.Limited, statement.Stance);
        Assert.Contains("Kharkiv", statement.Scope, StringComparison.Ordinal);
    }

    // The scope is what an alert quotes to a reader: it ends where the sentence goes on to say something else.
    [Theory]
    [InlineData("The Pentagon said the policy allowing Ukraine to hit Russian forces across the border near Kharkiv remains unchanged.", "US", "Kharkiv")]
    [InlineData("Britain has allowed Ukraine to use British weapons exclusively in the Kursk region of Russia and has told Moscow so, officials said.", "GB", "exclusively in the Kursk region of Russia")]
    [InlineData("Germany lets Ukraine use German weapons only against Russian forces that are attacking Kharkiv, Berlin said.", "DE", "only against Russian forces that are attacking Kharkiv")]
    [InlineData("Norway says its weapons can be used by Ukraine to strike targets in Russia as long as international law is respected.", "NO", "as long as international law is respected")]
    public void The_scope_stops_where_the_sentence_moves_on(string sentence, string supplier, string scope)
    {
        var statement = Single(sentence, supplier);
        Assert.Equal(Stance.Limited, statement.Stance);
        Assert.Equal(scope, statement.Scope);
    }

    [Fact]
    public void A_permission_for_a_purpose_is_Limited()
    {
        var statement = Single(
            "Denmark will permit its F-16s to be used for counter-fire against Russian artillery across the border, officials said.", "DK");
        Assert.Equal(Stance.Limited, statement.Stance);
        Assert.Equal("F-16", statement.Weapons);
    }

    [Theory]
    [InlineData("The White House is considering lifting restrictions on Ukraine firing ATACMS deep into Russia, two officials said.", "US")]
    [InlineData("British ministers are discussing whether to ease limits on Storm Shadow strikes inside Russia.", "GB")]
    [InlineData("Berlin is weighing a request to allow Taurus missiles to hit targets in Russia.", "DE")]
    [InlineData("The French president signalled a willingness to lift restrictions on SCALP strikes inside Russia.", "FR")]
    [InlineData("Rome has shown openness to allowing Storm Shadow missiles to hit targets in Russia.", "IT")]
    public void Considering_cues_give_UnderReview_of_the_long_range_class(string sentence, string supplier)
    {
        var statement = Single(sentence, supplier);
        Assert.Equal(Stance.UnderReview, statement.Stance);
        Assert.Equal(StatementKind.Consideration, statement.Kind);
        Assert.Equal(WeaponClass.LongRange, statement.WeaponClass);
    }

    [Theory]
    [InlineData("Chancellor Olaf Scholz has refused to allow Taurus cruise missiles to be fired at Russian territory.", "DE", WeaponClass.LongRange)]
    [InlineData("Italy's weapons must only be used within Ukraine, Foreign Minister Antonio Tajani said.", "IT", WeaponClass.General)]
    [InlineData("Washington still bars Kyiv from using ATACMS against targets inside Russia.", "US", WeaponClass.LongRange)]
    [InlineData("Spain says the arms it supplies should not be used on Russian soil.", "ES", WeaponClass.General)]
    public void Prohibiting_cues_give_Prohibited(string sentence, string supplier, WeaponClass weaponClass)
    {
        var statement = Single(sentence, supplier);
        Assert.Equal(Stance.Prohibited, statement.Stance);
        Assert.Equal(weaponClass, statement.WeaponClass);
    }

    [Theory]
    [InlineData("France has not authorised the use of SCALP missiles against Russian territory.", "FR")]
    [InlineData("Washington's policy of not allowing long-range strikes inside Russia has not changed, a spokesman said.", "US")]
    [InlineData("Norway no longer allows its weapons to be used in Russia.", "NO")]
    public void Negated_permission_is_Prohibited(string sentence, string supplier) =>
        Assert.Equal(Stance.Prohibited, Single(sentence, supplier).Stance);

    [Theory]
    [InlineData("NATO Secretary General Mark Rutte urged allies to lift restrictions on Ukraine using Western weapons against Russia.")]
    [InlineData("Kyiv has repeatedly called on the US to allow strikes deep inside Russia with ATACMS.")]
    [InlineData("President Zelensky is lobbying Britain for permission to use Storm Shadow missiles on Russian territory.")]
    [InlineData("The Czech foreign minister said allies should allow Ukraine to hit Russian airfields with Western weapons.")]
    public void Advocacy_is_not_a_supplier_statement(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("The minister stopped short of explicitly authorising the use of British weapons on Russian soil.")]
    [InlineData("It is unclear whether Washington would allow ATACMS strikes inside Russia.")]
    [InlineData("Analysts expect that Germany could soon relax its rules on strikes into Russia.")]
    public void Hedges_and_speculation_are_not_statements(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Fact]
    public void Two_suppliers_in_one_sentence_give_two_statements()
    {
        var statements = Extract("The US and Germany have so far refused to allow their weapons to be used inside Russia.");
        Assert.Equal(["DE", "US"], statements.Select(s => s.Supplier).Order(StringComparer.Ordinal));
        Assert.All(statements, s => Assert.Equal(Stance.Prohibited, s.Stance));
    }

    [Fact]
    public void A_group_of_suppliers_gives_each_member_a_statement()
    {
        var statements = Extract("The Baltic states have allowed Ukraine to strike military targets in Russia with the weapons they supplied.");
        Assert.Equal(["EE", "LT", "LV"], statements.Select(s => s.Supplier).Order(StringComparer.Ordinal));
        Assert.All(statements, s => Assert.Equal(Stance.Allowed, s.Stance));
    }

    [Fact]
    public void Suppliers_joined_by_and_both_grant()
    {
        var statements = Extract("Britain and France have granted Kyiv permission to use Western missiles against Russian military targets.");
        Assert.Equal(["FR", "GB"], statements.Select(s => s.Supplier).Order(StringComparer.Ordinal));
        Assert.All(statements, s => Assert.Equal(Stance.Allowed, s.Stance));
    }

    [Fact]
    public void The_weapons_owner_wins_over_a_country_only_mentioned()
    {
        var statements = Extract("Speaking in Paris, the minister said Ukraine may use British-supplied weapons against targets in Russia.");
        var statement = Assert.Single(statements);
        Assert.Equal("GB", statement.Supplier);
    }

    [Fact]
    public void A_denial_of_any_change_is_a_Denial_of_loosening()
    {
        var statement = Single(
            "\"There has been no change in our policy,\" a Pentagon spokesperson said, adding US weapons are not to be used inside Russia.", "US");
        Assert.Equal(StatementKind.Denial, statement.Kind);
        Assert.Equal(Stance.Prohibited, statement.Stance);
    }

    [Fact]
    public void Metonyms_resolve_to_their_country()
    {
        Assert.Equal(Stance.Allowed, Single("Downing Street has cleared Ukraine to fire British weapons into Russia.", "GB").Stance);
        Assert.Equal(Stance.Prohibited, Single("The Élysée opposes the use of French arms on Russian territory.", "FR").Stance);
        Assert.Equal(Stance.Allowed, Single("The Pentagon said Ukraine may use American weapons to strike Russian targets; the permission is new.", "US").Stance);
    }

    [Fact]
    public void Earlier_policy_recalled_is_kept_below_the_ledger_threshold()
    {
        var statement = Single("The US had previously asked Ukraine to refrain from using US weapons against Russia.", "US");
        Assert.Equal(Stance.Prohibited, statement.Stance);
        Assert.True(statement.Confidence < 0.5);
    }

    [Fact]
    public void A_named_decision_is_more_confident_than_an_anonymous_report()
    {
        var decision = Single("President Joe Biden authorised Ukraine to use American weapons against targets in Russia.", "US");
        var inferred = Single("\"Our policy on ATACMS strikes inside Russia remains restricted,\" the official said.", "US");
        Assert.Equal(StatementKind.Decision, decision.Kind);
        Assert.True(decision.Confidence > inferred.Confidence);
    }

    [Fact]
    public void A_headline_allow_becomes_Limited_when_the_body_states_the_limit()
    {
        var statements = Extract("""
            Biden allows Ukraine to use US weapons to strike Russia

            The US has given Kyiv permission to use its weapons inside Russia for the limited purpose of defending Kharkiv.
            """);
        Assert.All(statements, s => Assert.Equal(Stance.Limited, s.Stance));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void Sentences_without_weapons_or_Russia_are_ignored()
    {
        Assert.Empty(Extract("The US announced a new $2bn aid package for Ukraine's energy grid."));
        Assert.Empty(Extract("France allowed journalists to visit the front line near Kharkiv."));
    }

    [Fact]
    public void Live_blog_statements_carry_their_entry_time()
    {
        var statements = Extract("""
            Live: Nato ministers meet in Prague

            02:40 PM BST

            Germany holds its line

            Germany still refuses to allow its weapons to be used against targets inside Russia.

            09:02 AM BST

            Italy rules out strikes

            Italy's arms must not be used on Russian territory, Rome said.
            """);
        var germany = Assert.Single(statements, s => s.Supplier == "DE");
        var italy = Assert.Single(statements, s => s.Supplier == "IT");
        Assert.Equal(new DateTimeOffset(2024, 11, 18, 14, 40, 0, TimeSpan.FromHours(1)), germany.StatedAt);
        Assert.Equal(new DateTimeOffset(2024, 11, 18, 9, 2, 0, TimeSpan.FromHours(1)), italy.StatedAt);
    }

    [Fact]
    public void An_html_page_yields_statements_from_its_story_only()
    {
        const string html = """
            <html><head><title>US shifts on ATACMS</title><meta property="article:published_time" content="2024-11-17T20:00:00Z"></head>
            <body><nav><a href="/">Home</a> Britain allows Storm Shadow strikes in Russia</nav>
            <article><h1>US shifts on ATACMS</h1>
            <p>President Joe Biden has authorised Ukraine to use ATACMS missiles to strike deep inside Russia, officials said.</p>
            <figure><figcaption>France lifts all restrictions on SCALP use in Russia - Getty Images</figcaption></figure>
            </article>
            <aside class="related">Germany allows Taurus strikes in Russia</aside>
            <script>var x = "Italy allows strikes in Russia";</script></body></html>
            """;
        var statements = new StatementExtractor().Extract(ArticleParser.Parse(new ArticleInput("page.html", html)));
        var statement = Assert.Single(statements);
        Assert.Equal(("US", WeaponClass.LongRange, Stance.Allowed), (statement.Supplier, statement.WeaponClass, statement.Stance));
        Assert.Equal(new DateTimeOffset(2024, 11, 17, 20, 0, 0, TimeSpan.Zero), statement.StatedAt);
    }

    [Fact]
    public void A_json_news_item_yields_statements_with_its_published_time()
    {
        const string json = """
            {"title": "UK approves Storm Shadow use inside Russia", "source": {"name": "Example News"},
             "url": "https://example.org/a", "publishedAt": "2024-11-20T08:00:00Z",
             "content": "<p>Britain has given Ukraine permission to fire Storm Shadow missiles into Russia, Downing Street confirmed.</p>"}
            """;
        var statements = new StatementExtractor().Extract(ArticleParser.Parse(new ArticleInput("item.json", json)));
        Assert.All(statements, s => Assert.Equal(("GB", WeaponClass.LongRange, Stance.Allowed), (s.Supplier, s.WeaponClass, s.Stance)));
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal(new DateTimeOffset(2024, 11, 20, 8, 0, 0, TimeSpan.Zero), s.StatedAt));
    }

    [Fact]
    public void Not_ruling_out_is_a_consideration_and_not_considering_keeps_the_restriction()
    {
        var open = Single("France has not ruled out allowing Ukraine to use SCALP missiles against targets in Russia.", "FR");
        Assert.Equal((Stance.UnderReview, StatementKind.Consideration), (open.Stance, open.Kind));
        var closed = Single("Defence Secretary Lloyd Austin said the US was not considering lifting restrictions on strikes deep inside Russia.", "US");
        Assert.Equal((Stance.Prohibited, WeaponClass.LongRange), (closed.Stance, closed.WeaponClass));
    }

    [Fact]
    public void Refusing_to_confirm_is_a_hedge_not_a_refusal() =>
        Assert.Empty(Extract("The UK government has refused to confirm whether Storm Shadow missiles can be used inside Russia."));

    [Fact]
    public void No_objection_is_permission()
    {
        var statements = Extract("Sweden and the Netherlands said they had no objection to Ukraine striking military targets in Russia with their weapons.");
        Assert.Equal(["NL", "SE"], statements.Select(s => s.Supplier).Order(StringComparer.Ordinal));
        Assert.All(statements, s => Assert.Equal(Stance.Allowed, s.Stance));
    }

    [Fact]
    public void Use_confined_to_Ukraine_is_prohibited_for_the_weapons_nearest_the_phrase()
    {
        var statement = Single("Germany will not deliver Taurus missiles, and its other weapons may only be used on Ukrainian territory, a spokesman said.", "DE");
        Assert.Equal((Stance.Prohibited, WeaponClass.General), (statement.Stance, statement.WeaponClass));
    }

    [Fact]
    public void A_named_system_given_as_an_example_names_the_weapons()
    {
        var statement = Single("Ukraine is still barred from striking Russia with US weapons such as the Army Tactical Missile System.", "US");
        Assert.Equal(("ATACMS", WeaponClass.LongRange, Stance.Prohibited), (statement.Weapons, statement.WeaponClass, statement.Stance));
    }

    [Theory]
    [InlineData("The Netherlands does not impose any restrictions on the use of the F-16 jets it has donated, including over Russian territory.", "NL", Stance.Allowed)]
    [InlineData("\"We have not given permission for our missiles to be used inside Russia,\" the Italian defence minister said.", "IT", Stance.Prohibited)]
    [InlineData("Germany's Scholz ruled out allowing Taurus cruise missiles to be fired at targets in Russia.", "DE", Stance.Prohibited)]
    [InlineData("The US has quietly dropped its objections to Ukraine striking Russian territory with American weapons.", "US", Stance.Allowed)]
    [InlineData("Officials in Paris said French weapons could already be used against military targets in Russia.", "FR", Stance.Allowed)]
    public void Negated_restrictions_first_person_quotes_and_objections_resolve(string sentence, string supplier, Stance stance) =>
        Assert.Equal(stance, Single(sentence, supplier).Stance);
}
