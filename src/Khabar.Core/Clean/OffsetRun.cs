namespace Khabar.Core.Clean;

/// <summary>
/// From <see cref="CleanStart"/> up to the next run, clean characters come from the raw text at
/// <see cref="SourceStart"/>: one for one when <see cref="ReplacedLength"/> is 0, otherwise every clean
/// character of the run stands for the <see cref="ReplacedLength"/> raw characters at <see cref="SourceStart"/>.
/// </summary>
internal readonly record struct OffsetRun(int CleanStart, int SourceStart, int ReplacedLength);
