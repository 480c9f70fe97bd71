namespace Ariadne.Store;

/// <summary>
/// The store could not be opened for a reason outside the program: the server is down or unreachable,
/// the credentials are wrong, the file cannot be created. The message says what to check and never holds a password.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
