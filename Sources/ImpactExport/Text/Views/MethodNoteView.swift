/// The facts the method note states: the retention rule, the suppression threshold, the
/// meaningful change, the generation details.
struct MethodNoteView: Sendable {
  let retentionSessions: String
  let minCount: String
  let suppression: Bool
  let meaningfulChange: String
  let generated: String
  let toolVersion: String

  init(_ facts: ReportFacts) {
    let configuration = facts.context.configuration
    retentionSessions = String(configuration.retentionMinSessions)
    minCount = String(facts.table.minCount)
    suppression = facts.table.minCount > 0
    meaningfulChange = UKNumber.decimal(
      configuration.wellbeing.swemwbsMeaningfulChange,
      places: configuration.wellbeing.swemwbsMeaningfulChange.rounded()
        == configuration.wellbeing
        .swemwbsMeaningfulChange ? 0 : 1)
    generated = facts.heading.generated
    toolVersion = facts.context.toolVersion
  }
}
