/// One funder's form, read from a file of the returns folder (CONFIG.md, "Funder returns"): a
/// title, the funder it is for, and its questions in order, each answered from a row of the
/// indicator table or a passage of the text reports.
public struct FunderReturn: Hashable, Sendable {
  /// The name its outputs carry: `return-<name>.xlsx` (the file's name, made file-safe).
  public var name: String
  /// The file it was read from, as the caller named it.
  public var file: String
  /// The form's title, printed at the top.
  public var title: String
  /// The funder the form is for, when given: printed, and the funder of `income` answers.
  public var funder: String?
  /// The questions, in the file's order.
  public var questions: [ReturnQuestion]

  /// Creates a return.
  public init(
    name: String, file: String, title: String, funder: String? = nil,
    questions: [ReturnQuestion]
  ) {
    self.name = name
    self.file = file
    self.title = title
    self.funder = funder
    self.questions = questions
  }
}
