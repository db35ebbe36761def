using System.Security.Cryptography;
using System.Text;

namespace Khabar.Core.Domain;

/// <summary>The content hash that identifies exact duplicates: SHA-256 of the UTF-8 text, lowercase hex.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
