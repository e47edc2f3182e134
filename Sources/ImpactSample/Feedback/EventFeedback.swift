import ImpactFiles
import ImpactModel

/// The anonymous single-stage feedback cards collected after sessions
/// (`feedback/feedback-events.csv`): a rating, a likelihood to recommend, and sometimes a
/// comment with consent to quote it.
enum EventFeedback {
  /// The file's path in the sample folder.
  static let path = "feedback/feedback-events.csv"

  /// The file's header.
  static let header = [
    "Response ID", "Date", "Programme", "Overall rating", "Likelihood to recommend",
    "What did you enjoy?", "May we quote you?",
  ]

  private static let ratingLabels = ["Very poor", "Poor", "Fair", "Good", "Excellent"]

  /// Writes one card for a session of `programme` on `day`.
  static func writeCard(
    day: Day, programme: String, random: inout SampleRandom, writer: inout CSVWriter,
    context: inout SampleContext
  ) throws(FileWriteError) {
    context.eventResponses += 1
    let number = String(context.eventResponses)
    try writer.writeField(
      "EV-" + String(repeating: "0", count: max(0, 6 - number.utf8.count)) + number)
    try writer.writeField(DateStyle.ukSlash.text(day))
    try writer.writeField(programme)
    let rating = 1 + random.weighted([1, 2, 6, 31, 60])
    try writer.writeField(random.chance(0.3) ? ratingLabels[rating - 1] : "\(rating)")
    try writer.writeField(10 - random.weighted([48, 24, 12, 6, 3, 3, 1, 1, 1, 0, 1]))
    if random.chance(0.35) {
      try writer.writeField(random.pick(CommentBank.event))
      try writer.writeField(random.chance(0.6) ? "Yes" : "No")
    } else {
      try writer.writeField("")
      try writer.writeField("")
    }
    try writer.endRow()
  }
}
