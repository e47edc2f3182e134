/// A named passage of the text reports a text answer quotes (CONFIG.md, "Funder returns"):
/// the same sentences as the reports, from the same figures.
public enum ReturnPassage: String, CaseIterable, Hashable, Sendable {
  /// What changed for people: wellbeing change and satisfaction.
  case outcomes
  /// Who took part and how often.
  case reach
  /// How many were in the priority groups.
  case inclusion
  /// The change in wellbeing (SWEMWBS).
  case wellbeing
  /// The income counted (from the return's funder, when it names one).
  case funding
  /// Participants' consented words.
  case quotes
}
