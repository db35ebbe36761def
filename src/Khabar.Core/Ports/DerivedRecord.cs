namespace Khabar.Core.Ports;

/// <summary>
/// A cached result derived from one article (its cleaning removals, its analysis...), stamped with the version
/// of the code that made it. A reader asking for another version gets nothing and recomputes: never patched.
/// </summary>
public sealed record DerivedRecord(string Kind, int Version, byte[] Payload);
