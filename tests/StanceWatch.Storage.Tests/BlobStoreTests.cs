using System.Text;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Testing;

namespace StanceWatch.Storage.Tests;

[Collection(StorageCollection.Name)]
public sealed class BlobStoreTests(AzuriteFixture azurite)
{
    private readonly IBlobStore _blobs = azurite.Blobs;
    private readonly CancellationToken _ct = CancellationToken.None;

    private async Task<string> NewContainerAsync()
    {
        var container = AzuriteFixture.UniqueName("c");
        await _blobs.EnsureContainerAsync(container, _ct);
        return container;
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Put_then_get_returns_content_type_metadata_and_bytes()
    {
        var container = await NewContainerAsync();
        var metadata = new Dictionary<string, string> { ["published"] = "2024-05-31T00:00:00Z", ["title"] = "Kyiv — “permission”" };
        var put = await _blobs.PutAsync(container, "news/a.txt", Text("The US has allowed..."), "text/plain", metadata, _ct);

        var blob = await _blobs.GetAsync(container, "news/a.txt", 1024, _ct);

        Assert.NotNull(blob);
        Assert.Equal("The US has allowed...", Encoding.UTF8.GetString(blob.Content));
        Assert.Equal("text/plain", blob.Item.ContentType);
        Assert.Equal("2024-05-31T00:00:00Z", blob.Item.Metadata["published"]);
        Assert.Equal("Kyiv — “permission”", blob.Item.Metadata["title"]);
        Assert.Equal(put.ETag, blob.Item.ETag);
        Assert.Equal(21, blob.Item.Length);
    }

    [Fact]
    public async Task Get_of_a_missing_blob_is_null()
    {
        var container = await NewContainerAsync();
        Assert.Null(await _blobs.GetAsync(container, "nope.txt", 1024, _ct));
        Assert.Null(await _blobs.GetPropertiesAsync(container, "nope.txt", _ct));
    }

    [Fact]
    public async Task Oversize_blob_is_refused_with_its_size_and_the_limit()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "big.txt", new byte[2048], "text/plain", null, _ct);

        var error = await Assert.ThrowsAsync<BlobTooLargeException>(() => _blobs.GetAsync(container, "big.txt", 1024, _ct));
        Assert.Equal(2048, error.Length);
        Assert.Equal(1024, error.Limit);
        Assert.Contains("2,048", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overwriting_a_blob_changes_its_etag()
    {
        var container = await NewContainerAsync();
        var first = await _blobs.PutAsync(container, "a.txt", Text("one"), "text/plain", null, _ct);
        var second = await _blobs.PutAsync(container, "a.txt", Text("two"), "text/plain", null, _ct);
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task List_finds_new_blobs_by_prefix_and_modification_time()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "in/old.txt", Text("old"), "text/plain", new Dictionary<string, string> { ["k"] = "v" }, _ct);
        var all = await _blobs.ListAsync(container, null, null, _ct).ToListAsync();
        var mark = all.Max(b => b.LastModified);
        await Task.Delay(1100, _ct);
        await _blobs.PutAsync(container, "in/new.txt", Text("new"), "text/plain", null, _ct);
        await _blobs.PutAsync(container, "other/new.txt", Text("new"), "text/plain", null, _ct);

        var newer = await _blobs.ListAsync(container, null, mark, _ct).Select(b => b.Name).ToListAsync();
        var prefixed = await _blobs.ListAsync(container, "in/", null, _ct).ToListAsync();

        Assert.Equal(["in/new.txt", "other/new.txt"], newer.Order(StringComparer.Ordinal));
        Assert.Equal(["in/new.txt", "in/old.txt"], prefixed.Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.Equal("v", prefixed.Single(b => b.Name == "in/old.txt").Metadata["k"]);
    }

    [Fact]
    public async Task Copy_and_move_keep_content_and_metadata()
    {
        var source = await NewContainerAsync();
        var target = await NewContainerAsync();
        var metadata = new Dictionary<string, string> { ["reason"] = "binary content" };
        await _blobs.PutAsync(source, "a.bin", new byte[] { 0, 1, 2 }, "application/octet-stream", metadata, _ct);

        await _blobs.CopyAsync(source, "a.bin", target, "copy.bin", _ct);
        await _blobs.MoveAsync(source, "a.bin", target, "moved.bin", _ct);

        Assert.Null(await _blobs.GetPropertiesAsync(source, "a.bin", _ct));
        foreach (var name in new[] { "copy.bin", "moved.bin" })
        {
            var blob = await _blobs.GetAsync(target, name, 1024, _ct);
            Assert.Equal(new byte[] { 0, 1, 2 }, blob!.Content);
            Assert.Equal("binary content", blob.Item.Metadata["reason"]);
        }
    }

    [Fact]
    public async Task Set_metadata_adds_to_what_the_blob_had()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "a.txt", Text("x"), "text/plain", new Dictionary<string, string> { ["published"] = "2024-05-30" }, _ct);
        await _blobs.SetMetadataAsync(container, "a.txt", new Dictionary<string, string> { ["status"] = "Quarantined", ["reason"] = "line one\nline two" }, _ct);

        var item = await _blobs.GetPropertiesAsync(container, "a.txt", _ct);
        Assert.Equal("2024-05-30", item!.Metadata["published"]);
        Assert.Equal("Quarantined", item.Metadata["status"]);
        Assert.Equal("line one\nline two", item.Metadata["reason"]);
    }

    [Fact]
    public async Task Delete_reports_whether_the_blob_existed()
    {
        var container = await NewContainerAsync();
        await _blobs.PutAsync(container, "a.txt", Text("x"), null, null, _ct);
        Assert.True(await _blobs.DeleteAsync(container, "a.txt", _ct));
        Assert.False(await _blobs.DeleteAsync(container, "a.txt", _ct));
    }
}
