import Dispatch
import Foundation
import ImpactFiles

/// Ctrl-C (`SIGINT`) and `kill` (`SIGTERM`) during a command: what is being written is removed,
/// the previous report is left as it was, and the process exits with 130 or 143 (128 plus the
/// signal's number, as shells report).
///
/// The signals are taken from their default action (ignored, then delivered to a dispatch
/// source), which is process-wide by nature; the handler reaches what to remove through the
/// ``PendingOutputs`` the command runs with, never through a global.
enum Interruption {
  /// The signals handled, with the words that say what happened.
  static let signals: [(number: Int32, words: String)] = [
    (SIGINT, "Stopped (Ctrl-C)"), (SIGTERM, "Stopped (terminated)"),
  ]

  /// Starts handling the signals for a command that records its outputs in `pending`; keep the
  /// sources returned until the command ends.
  static func handle(removing pending: PendingOutputs) -> [any DispatchSourceSignal] {
    signals.map { number, words in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        let left = pending.removeAllBeforeExit()
        StandardError.line(
          "\n\(words): nothing more was written, and the previous report, if any, is as it was.")
        for path in left {
          StandardError.line("Could not remove \(path), which impact was writing; remove it.")
        }
        _exit(128 + number)
      }
      source.resume()
      return source
    }
  }
}
