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
    var mb = corpus.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)) / 1024.0 / 1024.0;
    var extractor = new StatementExtractor();

    // The first pass includes loading, the lexicon build and the JIT's first, unoptimised tier: printed, not the target.
    var cold = Pass(corpus, extractor);
    Console.WriteLine(Line("cold first pass", mb, corpus.Count, cold));

    // Steady state, as a long-running host sees it: warm up until the JIT stops compiling new methods
    // (tiered compilation promotes hot methods after ~30 calls plus a background delay), then time five passes.
    for (var warm = 0; warm < 12; warm++)
    {
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        Pass(corpus, extractor);
        if (warm >= 2 && System.Runtime.JitInfo.GetCompiledMethodCount() == compiled)
        {
            break;
        }
    }

    var passes = Enumerable.Range(0, 5).Select(_ => Pass(corpus, extractor)).OrderBy(p => p.Seconds).ToList();
    foreach (var pass in passes)
    {
        Console.WriteLine(Line("steady pass", mb, corpus.Count, pass));
    }

    var median = passes[passes.Count / 2];
    Console.WriteLine(Line("throughput (median of 5 steady passes)", mb, corpus.Count, median)
        + string.Create(CultureInfo.InvariantCulture, $", {median.AllocatedBytes / 1024.0 / 1024.0 / mb:F0} bytes allocated per input byte"));
}

static PassResult Pass(List<(string Name, string Text)> corpus, StatementExtractor extractor)
{
    var statements = 0;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    foreach (var (name, text) in corpus)
    {
        statements += extractor.Extract(ArticleParser.Parse(new ArticleInput(name, text))).Count;
    }

    clock.Stop();
    return new PassResult(clock.Elapsed.TotalSeconds, statements, GC.GetAllocatedBytesForCurrentThread() - allocated);
}

static string Line(string label, double mb, int articles, PassResult pass) => string.Create(CultureInfo.InvariantCulture,
    $"{label}: {articles:N0} articles, {mb:F1} MB, {pass.Statements:N0} statements in {pass.Seconds:F2} s on one thread = {mb / pass.Seconds:F1} MB/s, {articles / pass.Seconds:F0} articles/s");

static void Linearity()
{
    var extractor = new StatementExtractor();
    foreach (var kind in new[] { BigInput.Ordinary, BigInput.Pathological, BigInput.Unbroken })
    {
        var perMb = new List<double>();
        // Warm up on the whole 1 MB input until tiered compilation has settled (about eight passes here), so the 1 MB timing is not the JIT's.
        var warmUp = CorpusGenerator.OneArticle(1024 * 1024, kind);
        for (var i = 0; i < 8; i++)
        {
            extractor.Extract(ArticleParser.Parse(new ArticleInput("warm.txt", warmUp)));
        }

        foreach (var mb in new[] { 1, 2, 5, 10 })
        {
            var text = CorpusGenerator.OneArticle(mb * 1024 * 1024, kind);
            // The fastest of five runs: the work is the same each time, and a single run of a multi-megabyte input is
            // at the mercy of a large-object GC landing in it.
            var count = 0;
            var runs = new List<double>();
            for (var run = 0; run < 5; run++)
            {
                var clock = Stopwatch.StartNew();
                count = extractor.Extract(ArticleParser.Parse(new ArticleInput("big.txt", text))).Count;
                runs.Add(clock.Elapsed.TotalMilliseconds);
            }

            var milliseconds = runs.Min();
            perMb.Add(milliseconds / mb);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"linearity ({kind.ToString().ToLowerInvariant()}): {mb} MB in {milliseconds:F0} ms, fastest of 5 ({milliseconds / mb:F0} ms/MB, {count} statements)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"linearity ({kind.ToString().ToLowerInvariant()}): time per MB at 5 MB / at 1 MB = {perMb[2] / perMb[0]:F2}, at 10 MB / at 1 MB = {perMb[3] / perMb[0]:F2} (1.0 is linear)"));
    }
}

internal sealed record PassResult(double Seconds, int Statements, long AllocatedBytes);
