import Foundation
import ImpactIngest
import ImpactModel
import Testing

@Suite("The impact.yml template")
struct ConfigTemplateTests {
  private let loader = ConfigTestSupport.loader

  @Test("Loaded as written, the template is the default configuration")
  func loadsToDefaults() throws {
    let config = try loader.load(yaml: ConfigTemplate.text, path: "impact.yml")
    #expect(config.organisation == "Your organisation")
    #expect(config.currency == .gbp)
    #expect(config.financialYearStart == 4)
    #expect(config.dateOrder == .dayFirst)
    #expect(config.suppressionMinCount == 5)
    #expect(config.retentionMinSessions == 3)
    #expect(config.imdLookup == nil)
    #expect(config.columnAliases.isEmpty)
    // CONFIG.md's five default groups, written out from the spec.
    #expect(
      config.priorityGroups.map(\.id) == [
        "imd_1_3", "disabled", "ethnically_diverse", "children_young_people", "older_people",
      ])
    #expect(
      config.priorityGroups.map(\.field) == [
        "imd_decile", "disability", "ethnicity_group", "age", "age",
      ])
    #expect(
      config.priorityGroups.map(\.condition) == [
        .range(min: nil, max: 3), .equals("Disabled"), .isIn(["Asian", "Black", "Mixed", "Other"]),
        .range(min: nil, max: 19), .range(min: 65, max: nil),
      ])
    #expect(config.targets.isEmpty)
    #expect(config.benchmarks.isEmpty)
    #expect(config.wellbeing.swemwbsMeaningfulChange == 3)
    #expect(config.wellbeing.wemwbsMeaningfulChange == 8)
    #expect(config.wellbeing.wellby == false)
    #expect(config.wellbeing.wellbyValue == 13000)
    #expect(config.suppressionRoundTo == 1)
    #expect(config.wellbeing.wellbyPriceIndex == 1)
    #expect(config.wellbeing.wellbyPriceYear == 2019)
    #expect(config.wellbeing.deadweight == 0)
    #expect(config.wellbeing.attribution == 0)
    #expect(config.wellbeing.norms == PopulationNorm.defaults)
  }

  @Test("Every key of CONFIG.md appears in the template")
  func mentionsEveryKey() {
    let keys = [
      "organisation:", "currency:", "financial_year_start:", "date_order:", "suppression:",
      "min_count:", "retention:", "min_sessions:", "imd_lookup:", "columns:", "priority_groups:",
      "target:", "benchmark:", "targets:", "benchmarks:", "wellbeing:",
      "swemwbs_meaningful_change:", "wemwbs_meaningful_change:", "wellby:", "wellby_value:",
      "returns:", "round_to:", "wellby_price_index:", "wellby_price_year:", "adjustments:",
      "deadweight:", "attribution:", "norms:",
    ]
    for key in keys {
      #expect(ConfigTemplate.text.contains(key), "missing \(key)")
    }
  }

  @Test("Uncommenting the template's examples gives CONFIG.md's example values")
  func examplesAreValid() throws {
    var text = ConfigTemplate.text.replacingOccurrences(of: "\n#   ", with: "\n  ")
    text = text.replacingOccurrences(of: "\n# imd_lookup:", with: "\nimd_lookup:")
    text = text.replacingOccurrences(of: "\n    # target:", with: "\n    target:")
    text = text.replacingOccurrences(of: "\n    # benchmark:", with: "\n    benchmark:")
    let config = try loader.load(yaml: text, path: "impact.yml")
    #expect(config.imdLookup == "lookups/postcode-imd.csv")
    #expect(
      config.columnAliases == [
        .attendance: ["participant_id": ["Ticket holder ref"]],
        .feedback: ["swemwbs_1": ["I've been feeling optimistic about the future"]],
      ])
    #expect(config.priorityGroups.first?.target == 0.40)
    #expect(config.priorityGroups.first?.benchmark == 0.30)
    #expect(config.priorityGroups.dropFirst().allSatisfy { $0.target == nil })
    #expect(
      config.targets == [
        IndicatorID("unique_participants"): Target(quarter: 400, year: 1500, yearToDate: 800),
        IndicatorID("sessions"): Target(quarter: 120, year: 480),
        IndicatorID("satisfied_share"): Target(value: 0.90),
        IndicatorID("ons_anxious_mean"): Target(value: 3.0, direction: .lower),
      ])
    #expect(
      config.benchmarks == [
        PersonField(rawValue: "ethnicity_group")!: [
          "Asian": 0.093, "Black": 0.042, "Mixed": 0.030, "White": 0.815, "Other": 0.020,
        ],
        PersonField(rawValue: "disability")!: ["Disabled": 0.173],
      ])
    // CONFIG.md's norms, written out: set in impact.yml, so not marked as the defaults.
    #expect(
      config.wellbeing.norms == [
        .swemwbs: PopulationNorm(byGender: [.man: 23.7, .woman: 23.2]),
        .wemwbs: PopulationNorm(byGender: [.man: 50.1, .woman: 49.6]),
        .onsLifeSatisfaction: PopulationNorm(everyone: 7.45),
        .onsWorthwhile: PopulationNorm(everyone: 7.73), .onsHappy: PopulationNorm(everyone: 7.39),
        .onsAnxious: PopulationNorm(everyone: 3.23),
      ])
  }
}
