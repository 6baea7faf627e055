using StanceWatch.Testing;

namespace StanceWatch.Storage.Tests;

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
