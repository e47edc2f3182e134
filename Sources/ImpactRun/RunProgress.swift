import ImpactExport
import ImpactIngest
import ImpactModel

/// What a run reports as it goes, for a caller to show (or ignore).
///
/// Every event comes before the run returns or throws, in the order the work is done.
public enum RunProgress {
  /// Reading the data folder has got this far.
  case reading(ReadProgress)
  /// Reading the data folder has ended, whether or not it succeeded.
  case readingEnded
  /// A file that could not be read was skipped (`keepGoing`).
  case skipped(SkippedFile)
  /// The run has started a phase of the work, named for a person; an empty text ends it.
  case phase(String)
  /// The data was checked (validation only): the text of what was found, ready before any
  /// file is written.
  case checked(ValidationText)
}
