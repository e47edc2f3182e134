import Foundation
import ImpactIngest
import ImpactModel
import ImpactTestSupport
import Testing

@Suite("Loading impact.yml")
struct ConfigLoaderTests {
  private let loader = ConfigTestSupport.loader

  @Test("CONFIG.md's example loads to exactly its values")
  func fullExample() throws {
    let config = try loader.load(path: ConfigTestSupport.fixturePath("full.yml"))
    #expect(config.organisation == "Riverside Arts Centre")
    #expect(config.currency == .gbp)
    #expect(config.financialYearStart == 4)
    #expect(config.dateOrder == .dayFirst)
    #expect(config.suppressionMinCount == 5)
    #expect(config.retentionMinSessions == 3)
    #expect(config.imdLookup == "lookups/postcode-imd.csv")
    #expect(
      config.columnAliases == [
        .attendance: ["participant_id": ["Ticket holder ref"]],
        .feedback: ["swemwbs_1": ["I've been feeling optimistic about the future"]],
      ])
    #expect(
      config.priorityGroups == [
        PriorityGroupRule(
          id: "imd_1_3", label: "People living in the 30% most deprived areas",
          field: "imd_decile", condition: .range(min: nil, max: 3), target: 0.40, benchmark: 0.30),
        PriorityGroupRule(
          id: "disabled", label: "Disabled people", field: "disability",
          condition: .equals("Disabled")),
        PriorityGroupRule(
          id: "ethnically_diverse", label: "Black, Asian and other ethnically diverse people",
          field: "ethnicity_group", condition: .isIn(["Asian", "Black", "Mixed", "Other"])),
        PriorityGroupRule(
          id: "children_young_people", label: "Children and young people (0-19)", field: "age",
          condition: .range(min: nil, max: 19)),
        PriorityGroupRule(
          id: "older_people", label: "Older people (65+)", field: "age",
          condition: .range(min: 65, max: nil)),
      ])
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
    #expect(config.wellbeing.swemwbsMeaningfulChange == 3)
    #expect(config.wellbeing.wemwbsMeaningfulChange == 3)
    #expect(config.wellbeing.wellby == false)
    #expect(config.wellbeing.wellbyValue == 13000)
    #expect(config.suppressionRoundTo == 1)
    #expect(config.wellbeing.norms == PopulationNorm.defaults)
  }

  @Test("Every setting changed from its default, in the forgiving spellings accepted")
  func customValues() throws {
    let config = try loader.load(path: ConfigTestSupport.fixturePath("custom.yml"))
    #expect(config.organisation == "Harbour Museum: Learning")
    #expect(config.currency == .eur)
    #expect(config.financialYearStart == 1)
    #expect(config.dateOrder == .monthFirst)
    #expect(config.suppressionMinCount == 0)
    #expect(config.retentionMinSessions == 6)
    #expect(config.imdLookup == "data/imd.csv")
    #expect(
      config.columnAliases == [
        .participants: [
          "care_experienced": ["Care leaver"], "gender": ["Sex", "Gender identity"],
        ],
        .funding: ["funder": []],
      ])
    #expect(
      config.priorityGroups == [
        PriorityGroupRule(
          id: "care_experienced", label: "Care-experienced young people",
          field: "care_experienced", condition: .equals("yes"), target: 0.1),
        PriorityGroupRule(
          id: "not_white", label: "People who are not White", field: "ethnicity_group",
          condition: .notIn(["White"])),
        PriorityGroupRule(
          id: "teens", label: "Teenagers", field: "age", condition: .range(min: 13, max: 19.5),
          benchmark: 1),
        PriorityGroupRule(
          id: "women", label: "Women", field: "gender", condition: .isIn(["Woman"])),
      ])
    #expect(
      config.targets == [
        IndicatorID("sessions"): Target(value: 50),
        IndicatorID("attendances"): Target(year: 2000, direction: .higher),
        IndicatorID("ons_anxious_mean"): Target(quarter: 2.5, direction: .lower),
      ])
    #expect(
      config.benchmarks == [
        PersonField(rawValue: "gender")!: ["Woman": 0.51, "Man": 0.49],
        PersonField(rawValue: "ethnicity")!: ["Asian, Asian British or Asian Welsh: Indian": 0.05],
        PersonField(rawValue: "imd_quintile")!: ["1": 0.2],
      ])
    #expect(config.wellbeing.swemwbsMeaningfulChange == 2.5)
    #expect(config.wellbeing.wemwbsMeaningfulChange == 4)
    #expect(config.wellbeing.wellby == true)
    #expect(config.wellbeing.wellbyValue == 15000.5)
  }

  @Test(
    "An empty file, or one with only comments, is the default configuration",
    arguments: [
      "empty.yml", "comments-only.yml",
    ])
  func defaults(fixture: String) throws {
    let config = try loader.load(path: ConfigTestSupport.fixturePath(fixture))
    #expect(config.organisation == "Your organisation")
    #expect(config.currency == .gbp)
    #expect(config.financialYearStart == 4)
    #expect(config.dateOrder == .dayFirst)
    #expect(config.suppressionMinCount == 5)
    #expect(config.retentionMinSessions == 3)
    #expect(config.imdLookup == nil)
    #expect(config.columnAliases.isEmpty)
    #expect(config.priorityGroups == PriorityGroupRule.defaults)
    #expect(config.targets.isEmpty)
    #expect(config.benchmarks.isEmpty)
    #expect(config.wellbeing.swemwbsMeaningfulChange == 3)
    #expect(config.wellbeing.wemwbsMeaningfulChange == 8)
    #expect(config.wellbeing.wellby == false)
    #expect(config.wellbeing.wellbyValue == 13000)
  }

  @Test("A key left empty keeps its default")
  func emptyValuesKeepDefaults() throws {
    let config = try loader.load(
      yaml: "organisation:\ncurrency: ~\nsuppression:\ntargets:\n", path: "impact.yml")
    #expect(config.organisation == "Your organisation")
    #expect(config.currency == .gbp)
    #expect(config.suppressionMinCount == 5)
    #expect(config.targets.isEmpty)
  }

  @Test("Without priority_groups the five defaults apply; an empty list means none")
  func priorityGroupPresence() throws {
    let absent = try loader.load(yaml: "currency: USD\n", path: "impact.yml")
    #expect(absent.priorityGroups == PriorityGroupRule.defaults)
    #expect(absent.priorityGroups.count == 5)
    let emptyList = try loader.load(yaml: "priority_groups: []\n", path: "impact.yml")
    #expect(emptyList.priorityGroups.isEmpty)
    let emptyValue = try loader.load(yaml: "priority_groups:\n", path: "impact.yml")
    #expect(emptyValue.priorityGroups.isEmpty)
  }

  @Test(
    "Month names, abbreviations and numbers",
    arguments: [
      ("April", 4), ("apr", 4), ("APRIL", 4), ("4", 4), ("sept", 9), ("Sep", 9), ("december", 12),
      ("1", 1), ("12", 12), ("Jan", 1),
    ])
  func months(written: String, month: Int) throws {
    let config = try loader.load(yaml: "financial_year_start: \(written)\n", path: "impact.yml")
    #expect(config.financialYearStart == month)
  }

  @Test("--config FILE that does not exist names the path")
  func missingFile() {
    let path = "/tmp/no-such-folder-\(UUID().uuidString)/my-impact.yml"
    #expect(throws: ConfigError.fileNotFound(path: path)) {
      try loader.load(path: path)
    }
    let message = ConfigError.fileNotFound(path: path).description
    #expect(message.contains(path))
    #expect(message.contains("does not exist"))
  }

  @Test("--config naming a folder is an error naming the path")
  func folderGiven() {
    let folder = ConfigTestSupport.fixturePath("")
    #expect(throws: ConfigError.unreadableFile(path: folder, reason: "it is a folder, not a file"))
    {
      try loader.load(path: folder)
    }
  }

  @Test("An error loading a file names that file")
  func errorNamesTheFile() throws {
    let folder = try TemporaryFolder(["impact.yml": "currency: GBR\n"])
    defer { folder.remove() }
    let path = folder.file("impact.yml")
    do {
      _ = try loader.load(path: path)
      Issue.record("expected an error")
    } catch {
      #expect(error.location?.file == path)
      #expect(error.description.hasPrefix("\(path), line 1, key currency: \"GBR\""))
    }
  }
}
