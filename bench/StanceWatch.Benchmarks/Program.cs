using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using StanceWatch.Benchmarks;
using StanceWatch.Core.Articles;
using StanceWatch.Core.Extraction;

// Quick modes print figures in seconds; anything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "throughput":
        Throughput(args.Length > 2 && args[1] == "--mb" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        break;
    case "linearity":
        Linearity();
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
        break;
}

static void Throughput(int megabytes)
{
    var corpus = CorpusGenerator.Generate(megabytes * 1024L * 1024L);
    var bytes = corpus.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
    var extractor = new StatementExtractor();
    // Warm up the lexicon, regexes and the JIT's optimised tiers on half the corpus, so the timing is the steady state.
    foreach (var (name, text) in corpus.Take(corpus.Count / 2))
    {
        extractor.Extract(ArticleParser.Parse(new ArticleInput(name, text)));
    }

    var statements = 0;
    var clock = Stopwatch.StartNew();
    foreach (var (name, text) in corpus)
    {
        statements += extractor.Extract(ArticleParser.Parse(new ArticleInput(name, text))).Count;
    }

    clock.Stop();
    var seconds = clock.Elapsed.TotalSeconds;
    var mb = bytes / 1024.0 / 1024.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"throughput: {corpus.Count:N0} articles, {mb:F1} MB, {statements:N0} statements in {seconds:F2} s on one thread = {mb / seconds:F1} MB/s, {corpus.Count / seconds:F0} articles/s"));
}

static void Linearity()
{
    var extractor = new StatementExtractor();
    foreach (var pathological in new[] { false, true })
    {
        var perMb = new List<double>();
        foreach (var mb in new[] { 1, 2, 5 })
        {
            var text = CorpusGenerator.Single(mb * 1024 * 1024, pathological);
            extractor.Extract(ArticleParser.Parse(new ArticleInput("warm.txt", text[..Math.Min(text.Length, 100_000)])));
            var clock = Stopwatch.StartNew();
            var count = extractor.Extract(ArticleParser.Parse(new ArticleInput("big.txt", text))).Count;
            clock.Stop();
            perMb.Add(clock.Elapsed.TotalMilliseconds / mb);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"linearity ({(pathological ? "pathological" : "ordinary")}): {mb} MB in {clock.Elapsed.TotalMilliseconds:F0} ms ({clock.Elapsed.TotalMilliseconds / mb:F0} ms/MB, {count} statements)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"linearity ({(pathological ? "pathological" : "ordinary")}): time per MB at 5 MB / at 1 MB = {perMb[2] / perMb[0]:F2} (1.0 is linear)"));
    }
}
