using System.Net.Sockets;
using Microsoft.WindowsAzure.Storage;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage;

/// <summary>Translates the SDK's exceptions into the pipeline's, with one readable line each.</summary>
internal static class StorageErrors
{
    public static async Task<T> GuardAsync<T>(string service, Uri endpoint, string what, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (StorageException ex)
        {
            throw Translate(ex, service, endpoint, what);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(service, endpoint, ex);
        }
    }

    public static async Task GuardAsync(string service, Uri endpoint, string what, Func<Task> action) =>
        await GuardAsync<bool>(service, endpoint, what, async () =>
        {
            await action();
            return true;
        });

    public static int StatusOf(StorageException ex) => ex.RequestInformation?.HttpStatusCode ?? 0;

    public static Exception Translate(StorageException ex, string service, Uri endpoint, string what)
    {
        var status = StatusOf(ex);
        var code = ex.RequestInformation?.ErrorCode;
        return status switch
        {
            0 => Unreachable(service, endpoint, ex),
            409 => new StorageConflictException($"{what}: already exists ({code ?? "409 Conflict"}).", ex),
            412 => new StorageConcurrencyException($"{what}: changed by someone else since it was read (ETag mismatch).", ex),
            403 => new StorageUnavailableException($"{service} storage at {endpoint} refused the credentials (403 {code}): check AzureWebJobsStorage.", ex),
            _ => new StanceWatchException($"{what}: {service} storage answered {status} {code ?? ex.RequestInformation?.HttpStatusMessage}.", ex),
        };
    }

    private static StorageUnavailableException Unreachable(string service, Uri endpoint, Exception ex)
    {
        var cause = Innermost(ex);
        var reason = cause switch
        {
            SocketException socket => socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.NoData => "host not found",
                SocketError.TimedOut => "timed out",
                _ => socket.SocketErrorCode.ToString(),
            },
            TimeoutException or TaskCanceledException => "timed out",
            _ => cause.Message.ReplaceLineEndings(" "),
        };
        return new StorageUnavailableException(
            $"cannot reach {service} storage at {endpoint.GetLeftPart(UriPartial.Authority)} ({reason}): is Azurite running, and is AzureWebJobsStorage right?",
            ex);
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
