using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StanceWatch.Core.Json;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Alerts;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Pipeline.Subscriptions;
using StanceWatch.Storage.Queues;
using StanceWatch.Testing.SendGrid;

namespace StanceWatch.Pipeline.Tests;

/// <summary>Alert dispatch against Azurite and a real HTTP server speaking the SendGrid contract.</summary>
public sealed class AlertDispatchTests
{
    private static readonly StanceShift Shift = new(
        "shift-1", "US", WeaponClass.LongRange, Stance.Prohibited, Stance.UnderReview, false, null,
        ["Biden said he was <b>\"working\"</b> on lifting restrictions on ATACMS strikes inside Russia."],
        [new ShiftSource("a.txt", "US weighs ATACMS", "https://news.example/a", "Example News")],
        new DateTimeOffset(2024, 9, 11, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 9, 11, 1, 0, 0, TimeSpan.Zero));

    private static async Task<(PipelineHarness Pipeline, FakeSendGridServer Mail)> StartAsync(bool lookup = true, Action<IServiceCollection>? configure = null)
    {
        var mail = await FakeSendGridServer.StartAsync();
        var pipeline = await PipelineHarness.StartAsync(configure, settings: new Dictionary<string, string?>
        {
            ["Mail:SendGridBaseUrl"] = mail.BaseUrl.ToString(),
            ["Mail:SendGridApiKey"] = mail.ApiKey,
            ["Mail:FromAddress"] = "alerts@stancewatch.example",
            ["Mail:DeliveryLookup"] = lookup ? "true" : "false",
        });
        return (pipeline, mail);
    }

    private static async Task SubscribeAsync(PipelineHarness pipeline, string email, string[] suppliers, SubscriberStatus status = SubscriberStatus.Confirmed, WeaponClass[]? classes = null) =>
        await pipeline.Services.GetRequiredService<SubscriberStore>().SaveAsync(email, suppliers, classes ?? [], status, CancellationToken.None);

    private static QueueMessage Message(StanceShift shift, int dequeueCount = 1) =>
        new("m1", "r1", JsonSerializer.Serialize(shift, StanceWatchJson.Options), dequeueCount, null);

    private static AlertDispatcher Dispatcher(PipelineHarness pipeline) => pipeline.Services.GetRequiredService<AlertDispatcher>();

    [Fact]
    public async Task Matching_confirmed_subscribers_get_one_personalization_each_in_the_SendGrid_shape()
    {
        var (pipeline, mail) = await StartAsync();
        await using (pipeline)
        await using (mail)
        {
            await SubscribeAsync(pipeline, "us@example.org", ["US"]);
            await SubscribeAsync(pipeline, "all@example.org", ["*"]);
            await SubscribeAsync(pipeline, "pending@example.org", ["US"], SubscriberStatus.Pending);
            await SubscribeAsync(pipeline, "de@example.org", ["DE"]);
            await SubscribeAsync(pipeline, "general-only@example.org", ["US"], classes: [WeaponClass.General]);

            await Dispatcher(pipeline).HandleAsync(Message(Shift), CancellationToken.None);

            var request = Assert.Single(mail.Requests);
            Assert.Equal("alerts@stancewatch.example", request.GetProperty("from").GetProperty("email").GetString());
            Assert.Equal("US · long-range: Prohibited → UnderReview", request.GetProperty("subject").GetString());
            var content = request.GetProperty("content").EnumerateArray().ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString()!);
            Assert.Contains("&lt;b&gt;&quot;working&quot;&lt;/b&gt;", content["text/html"], StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://news.example/a\">Example News — US weighs ATACMS</a>", content["text/html"], StringComparison.Ordinal);
            Assert.Contains("-unsubscribe-url-", content["text/plain"], StringComparison.Ordinal);
            var personalizations = request.GetProperty("personalizations").EnumerateArray().ToList();
            Assert.Equal(["all@example.org", "us@example.org"], personalizations.Select(p => p.GetProperty("to")[0].GetProperty("email").GetString()).Order());
            foreach (var p in personalizations)
            {
                var link = p.GetProperty("substitutions").GetProperty("-unsubscribe-url-").GetString()!;
                Assert.StartsWith("https://alerts.example.org/api/subscriptions/unsubscribe?token=u.", link, StringComparison.Ordinal);
                Assert.Equal($"<{link}>", p.GetProperty("headers").GetProperty("List-Unsubscribe").GetString());
                Assert.Equal("List-Unsubscribe=One-Click", p.GetProperty("headers").GetProperty("List-Unsubscribe-Post").GetString());
                Assert.Equal("shift-1", p.GetProperty("custom_args").GetProperty("shiftId").GetString());
            }
        }
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_then_each_subscriber_gets_one_email()
    {
        var (pipeline, mail) = await StartAsync();
        await using (pipeline)
        await using (mail)
        {
            await SubscribeAsync(pipeline, "a@example.org", ["US"]);
            await SubscribeAsync(pipeline, "b@example.org", ["*"]);
            mail.Script(new ScriptedResponse(429, RetryAfterSeconds: 7));

            var retry = await Assert.ThrowsAsync<RetryLaterException>(() => Dispatcher(pipeline).HandleAsync(Message(Shift), CancellationToken.None));
            Assert.Equal(TimeSpan.FromSeconds(7), retry.Delay);
            Assert.Empty(await pipeline.RowsAsync(StorageNames.DeliveriesTable));

            await Dispatcher(pipeline).HandleAsync(Message(Shift, 2), CancellationToken.None);
            Assert.Equal(2, mail.Requests.Count);
            Assert.Equal(["a@example.org", "b@example.org"], mail.Delivered.Select(d => d.To).Order());
        }
    }

    [Fact]
    public async Task A_500_is_retried_with_back_off_and_then_delivered_once()
    {
        var (pipeline, mail) = await StartAsync();
        await using (pipeline)
        await using (mail)
        {
            await SubscribeAsync(pipeline, "a@example.org", ["US"]);
            mail.Script(new ScriptedResponse(500));
            var handler = Dispatcher(pipeline);
            var queue = pipeline.Queues.GetQueue(StorageNames.StanceShiftsQueue);
            await queue.SendAsync(JsonSerializer.Serialize(Shift, StanceWatchJson.Options), null, CancellationToken.None);
            var worker = new QueueWorker([handler], pipeline.Queues,
                Options.Create(new QueueWorkerOptions { InitialBackoff = TimeSpan.Zero }), NullLogger<QueueWorker>.Instance);

            await worker.DrainOnceAsync(handler, CancellationToken.None);
            await worker.DrainOnceAsync(handler, CancellationToken.None);

            Assert.Equal(2, mail.Requests.Count);
            Assert.Equal("a@example.org", Assert.Single(mail.Delivered).To);
            Assert.Equal(0, await queue.ApproximateCountAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_400_goes_to_the_poison_queue_with_the_providers_reason()
    {
        var (pipeline, mail) = await StartAsync();
        await using (pipeline)
        await using (mail)
        {
            await SubscribeAsync(pipeline, "a@example.org", ["US"]);
            mail.Script(new ScriptedResponse(400, Body: "{\"errors\":[{\"message\":\"The from address does not match a verified Sender Identity.\"}]}"));
            var handler = Dispatcher(pipeline);
            var queue = pipeline.Queues.GetQueue(StorageNames.StanceShiftsQueue);
            await queue.SendAsync(JsonSerializer.Serialize(Shift, StanceWatchJson.Options), null, CancellationToken.None);

            await new QueueWorker([handler], pipeline.Queues, Options.Create(new QueueWorkerOptions()), NullLogger<QueueWorker>.Instance)
                .DrainOnceAsync(handler, CancellationToken.None);

            var poisoned = Assert.Single(await pipeline.Queues.GetQueue("stance-shifts-poison").PeekAsync(8, CancellationToken.None));
            var envelope = JsonSerializer.Deserialize<PoisonEnvelope>(poisoned.Body, PoisonEnvelope.JsonOptions)!;
            Assert.Contains("rejected the alert (400)", envelope.Reason, StringComparison.Ordinal);
            Assert.Contains("verified Sender Identity", envelope.Reason, StringComparison.Ordinal);
            Assert.Empty(mail.Delivered);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_crash_between_send_and_delivery_record_then_redelivery_sends_nobody_a_second_email(bool lookup)
    {
        var faults = FaultyTables.BeforeSentMark();
        var (pipeline, mail) = await StartAsync(lookup, services =>
            services.AddSingleton<ITableStore>(sp => faults.Wrap(ActivatorUtilities.CreateInstance<Storage.Tables.AzureTableStore>(sp))));
        await using (pipeline)
        await using (mail)
        {
            await SubscribeAsync(pipeline, "a@example.org", ["US"]);
            await SubscribeAsync(pipeline, "b@example.org", ["*"]);

            await Assert.ThrowsAsync<SimulatedCrashException>(() => Dispatcher(pipeline).HandleAsync(Message(Shift), CancellationToken.None));
            await Dispatcher(pipeline).HandleAsync(Message(Shift, 2), CancellationToken.None);
            await Dispatcher(pipeline).HandleAsync(Message(Shift, 3), CancellationToken.None);

            Assert.Equal(["a@example.org", "b@example.org"], mail.Delivered.Select(d => d.To).Order());
            var states = (await pipeline.RowsAsync(StorageNames.DeliveriesTable)).Select(r => r.GetString("State")).Distinct().ToList();
            Assert.Equal([lookup ? AlertDispatcher.Sent : AlertDispatcher.Uncertain], states);
        }
    }

    [Fact]
    public async Task The_same_shift_delivered_twice_sends_no_second_email()
    {
        var (pipeline, mail) = await StartAsync();
        await using (pipeline)
        await using (mail)
        {
            await SubscribeAsync(pipeline, "a@example.org", ["US"]);
            await Dispatcher(pipeline).HandleAsync(Message(Shift), CancellationToken.None);
            await Dispatcher(pipeline).HandleAsync(Message(Shift), CancellationToken.None);
            Assert.Single(mail.Requests);
            Assert.Single(mail.Delivered);
        }
    }

    [Fact]
    public async Task More_than_1000_subscribers_are_sent_in_batches_within_SendGrids_limit()
    {
        var (pipeline, mail) = await StartAsync();
        await using (pipeline)
        await using (mail)
        {
            var tables = pipeline.Tables;
            for (var start = 0; start < 1_050; start += 100)
            {
                var rows = Enumerable.Range(start, Math.Min(100, 1_050 - start)).Select(i =>
                {
                    var email = $"reader{i}@example.org";
                    return new TableOperation(TableOperationKind.Upsert, new TableRow("subscriber", Subscriber.IdFor(email), new Dictionary<string, object?>
                    {
                        ["Email"] = email, ["Suppliers"] = "US", ["WeaponClasses"] = string.Empty, ["Status"] = "Confirmed", ["UpdatedAt"] = DateTimeOffset.UnixEpoch,
                    }));
                }).ToList();
                await tables.ExecuteBatchAsync(StorageNames.SubscribersTable, rows, CancellationToken.None);
            }

            await Dispatcher(pipeline).HandleAsync(Message(Shift), CancellationToken.None);

            Assert.Equal([1000, 50], mail.Requests.Select(r => r.GetProperty("personalizations").GetArrayLength()).OrderDescending());
            Assert.Equal(1_050, mail.Delivered.Select(d => d.To).Distinct().Count());
        }
    }

    [Fact]
    public async Task A_message_that_is_not_a_shift_is_poisoned()
    {
        var (pipeline, mail) = await StartAsync();
        await using (pipeline)
        await using (mail)
        {
            await Assert.ThrowsAsync<PoisonMessageException>(() =>
                Dispatcher(pipeline).HandleAsync(new QueueMessage("m", "r", "{ nope", 1, null), CancellationToken.None));
        }
    }
}
