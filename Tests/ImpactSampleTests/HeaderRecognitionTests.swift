import ImpactSample
import Testing

/// Checks every header against the canonical names and aliases of DATA.md, compared as DATA.md
/// says: ignoring case, spaces, underscores, hyphens and punctuation.
@Suite struct HeaderRecognitionTests {
  private static func normalised(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }

  private static let profileNames = [
    "date_of_birth", "dob", "birth_year", "age", "age_band", "gender", "ethnicity",
    "ethnic group", "disability", "disabled", "postcode", "imd_decile", "imd",
    "deprivation decile", "care_experienced",
  ]

  private static let names: [String: [String]] = [
    "attendance": [
      "date", "session date", "date attended", "programme", "program", "project", "strand",
      "participant_id", "attendee id", "member id", "learner id", "participant", "headcount",
      "count", "number attending", "audience", "session_id", "session", "event id", "activity",
      "session title", "workshop", "event", "venue", "location", "site", "setting", "art_form",
      "artform", "discipline", "delivery", "mode", "start_time", "duration_hours", "hours",
      "duration", "length", "duration_minutes", "minutes", "mins", "duration mins", "status",
      "attendance", "attended", "capacity", "places",
    ] + profileNames,
    "participants": ["participant_id"] + profileNames,
    "feedback": [
      "date", "timestamp", "submitted", "response_id", "respondent id", "participant_id",
      "programme", "stage", "wave", "timepoint", "ons_life_satisfaction", "ons_worthwhile",
      "ons_happy", "ons_anxious", "satisfaction", "rating", "overall rating", "recommend",
      "likelihood to recommend", "comment", "comments", "feedback", "what did you enjoy",
      "consent_to_quote", "may we quote you", "loneliness", "how often do you feel lonely",
      "ucla_1", "ucla_2", "ucla_3", "how often do you feel that you lack companionship",
      "how often do you feel left out", "how often do you feel isolated from others",
    ] + (1...7).map { "swemwbs_\($0)" },
    "funding": [
      "funder", "funder name", "source", "amount", "value", "award", "reference", "grant ref",
      "programme", "type", "status", "start_date", "end_date", "date",
    ],
  ]

  /// Canonical name of each known header, by kind.
  private static func canonical(_ kind: String) -> [String: String] {
    let aliases: [String: String] = [
      "sessiondate": "date", "dateattended": "date", "project": "programme",
      "strand": "programme", "attendeeid": "participantid", "memberid": "participantid",
      "learnerid": "participantid", "participant": "participantid",
      "numberattending": "headcount", "submitted": "date", "respondentid": "responseid",
      "overallrating": "satisfaction", "rating": "satisfaction",
      "likelihoodtorecommend": "recommend", "comments": "comment",
      "whatdidyouenjoy": "comment", "maywequoteyou": "consenttoquote", "dob": "dateofbirth",
      "ethnicgroup": "ethnicity", "grantref": "reference", "wave": "stage",
      "timepoint": "stage", "eventid": "sessionid", "howoftendoyoufeellonely": "loneliness",
      "howoftendoyoufeelthatyoulackcompanionship": "ucla1",
      "howoftendoyoufeelleftout": "ucla2", "howoftendoyoufeelisolatedfromothers": "ucla3",
    ]
    var table: [String: String] = [:]
    for name in names[kind]! {
      let key = normalised(name)
      table[key] = aliases[key] ?? key
    }
    return table
  }

  private static let extras: Set<String> = ["facilitator", "notes"]

  @Test func everyHeaderIsRecognisedAndHasItsKindsRequiredColumns() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    for file in sample.summary.files where !file.path.contains("surveymonkey") {
      let kind = file.kind.rawValue
      let name = file.path.split(separator: "/").last!
      #expect(name.hasPrefix(kind), "\(file.path) is named for its kind")
      let records = try sample.records(file.path)
      let header = file.path.contains("prison-voices-2024-25") ? records[1] : records[0]
      let table = Self.canonical(kind)
      var found = Set<String>()
      for column in header {
        let key = Self.normalised(column)
        if Self.extras.contains(key) { continue }
        let canonical = table[key]
        #expect(canonical != nil, "\(file.path): \(column)")
        if let canonical { found.insert(canonical) }
      }
      #expect(
        found.count == header.count
          - header.filter { Self.extras.contains(Self.normalised($0)) }.count,
        "\(file.path) has no repeated column")
      switch kind {
      case "attendance":
        #expect(found.isSuperset(of: ["date", "programme"]), "\(file.path)")
        #expect(found.contains("participantid") || found.contains("headcount"))
      case "participants":
        #expect(found.contains("participantid"))
      case "feedback":
        #expect(found.contains("date"))
        #expect(found.contains("satisfaction") || found.contains("swemwbs1"))
      default:
        #expect(found.isSuperset(of: ["funder", "amount"]))
      }
    }
  }

  @Test func theSurveyMonkeyExportHasTwoHeaderRows() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let records = try sample.records("feedback/surveymonkey-youth-theatre.csv")
    #expect(
      Array(records[0][0...6]) == [
        "Respondent ID", "Collector ID", "Start Date", "End Date", "Custom Data 1",
        "Custom Data 2", "Timepoint",
      ])
    #expect(records[0][7].hasPrefix("Thinking about the last two weeks"))
    #expect(records[0][8...13].allSatisfy { $0.isEmpty })
    #expect(
      Array(records[0][14...]) == [
        "Overall rating", "Likelihood to recommend", "What did you enjoy?", "May we quote you?",
      ])
    #expect(Array(records[1][0...6]) == ["", "", "", "", "", "", "Response"])
    #expect(Array(records[1][7...13]) == SampleGenerator.surveyItemLabels)
    #expect(
      Array(records[1][14...]) == [
        "Response", "Response", "Open-Ended Response", "Response",
      ])
    let labels = ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"]
    for record in records.dropFirst(2) {
      #expect(record.count == 18)
      #expect(record[5] == "Youth Theatre")
      #expect(record[7...13].allSatisfy { labels.contains($0) })
      #expect(record[6] == "Start of programme" || record[6] == "End of programme")
    }
  }
}
