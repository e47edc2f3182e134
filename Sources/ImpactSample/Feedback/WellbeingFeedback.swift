import ImpactFiles
import ImpactModel

/// The pre/post wellbeing surveys of the programmes that run them: one file per financial
/// year (the first with canonical headers and numbers, the second with aliases and the
/// scales' labels), and Youth Theatre's SurveyMonkey export with two header rows.
///
/// A person fills in a survey at their first session (85%), another at their last when they
/// stayed six weeks or more (75% of those who did the first; 15% of the others), and a few a
/// follow-up eight weeks later. Wellbeing rises by about 0.4 of a scale point per item between
/// the two, with a spread, which is a mean SWEMWBS metric change of about +2.
enum WellbeingFeedback {
  static let yearPaths = [
    "feedback/feedback-wellbeing-2024-25.csv", "feedback/feedback-wellbeing-2025-26.csv",
  ]
  static let surveyMonkeyPath = "feedback/surveymonkey-youth-theatre.csv"

  static let canonicalHeader =
    ["response_id", "date", "participant_id", "programme", "stage"]
    + (1...7).map { "swemwbs_\($0)" }
    + [
      "ons_life_satisfaction", "ons_worthwhile", "ons_happy", "ons_anxious", "satisfaction",
      "recommend", "comment", "consent_to_quote",
    ]

  static let aliasHeader =
    ["Respondent ID", "Submitted", "Participant ID", "Programme", "Wave"]
    + (1...7).map { "SWEMWBS \($0)" }
    + [
      "ONS life satisfaction", "ONS worthwhile", "ONS happy", "ONS anxious", "Rating",
      "Likelihood to recommend", "Comments", "May we quote you?",
    ]

  static let surveyMonkeyTitles =
    ["Respondent ID", "Collector ID", "Start Date", "End Date", "Custom Data 1", "Timepoint"]
    + ["Thinking about the last two weeks, how often has each of these been true for you?"]
    + Array(repeating: "", count: 6)
    + ["Overall rating", "Likelihood to recommend", "What did you enjoy?", "May we quote you?"]

  static let surveyMonkeySubLabels =
    ["", "", "", "", "", "Response"] + SampleGenerator.surveyItemLabels
    + ["Response", "Response", "Open-Ended Response", "Response"]

  private static let itemLabels = [
    "None of the time", "Rarely", "Some of the time", "Often", "All of the time",
  ]
  private static let ratingLabels = ["Very poor", "Poor", "Fair", "Good", "Excellent"]
  private static let satisfiedLabels = [
    "Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied",
    "Very satisfied",
  ]

  /// Writes the three files for everyone in `context.registry`.
  static func write(context: inout SampleContext) throws(FileWriteError) {
    var first = try CSVWriter(path: context.folder + yearPaths[0])
    var second = try CSVWriter(path: context.folder + yearPaths[1])
    var monkey = try CSVWriter(path: context.folder + surveyMonkeyPath)
    try first.writeRow(canonicalHeader)
    try second.writeRow(aliasHeader)
    try monkey.writeRow(surveyMonkeyTitles)
    try monkey.writeRow(surveyMonkeySubLabels)
    var written = 0
    var responseNumber = 0

    let registry = context.registry
    let financialYears = RiversideArtsCentre.financialYears
    for person in 0..<registry.count {
      let programmeIndex = Int(registry.homeProgrammes[person])
      let plan = RiversideArtsCentre.programmes[programmeIndex]
      guard case .prePost(let baseLevel) = plan.surveys,
        registry.homeFirstAttended[person] != Int32.max
      else { continue }
      var random = SampleRandom(seed: context.seed, stream: UInt64(person) &* 2 &+ 2)
      let firstDay = Day(ordinal: registry.homeFirstAttended[person])
      let lastDay = Day(ordinal: registry.homeLastAttended[person])
      let level = random.normal(mean: baseLevel, deviation: 0.55)
      let change = random.normal(mean: 0.42, deviation: 0.5)

      var responses: [WellbeingResponse] = []
      let didPre = random.chance(0.85)
      if didPre {
        responses.append(
          WellbeingResponse(
            day: firstDay, stage: .pre, person: person, programme: plan.name, level: level,
            random: &random))
      }
      if firstDay.days(to: lastDay) >= 42, random.chance(didPre ? 0.75 : 0.15) {
        responses.append(
          WellbeingResponse(
            day: lastDay, stage: .post, person: person, programme: plan.name,
            level: level + change, random: &random))
        let followUp = lastDay.adding(days: 56)
        if followUp <= RiversideArtsCentre.lastDay, random.chance(0.06) {
          responses.append(
            WellbeingResponse(
              day: followUp, stage: .followUp, person: person, programme: plan.name,
              level: level + change * 0.8, random: &random))
        }
      }

      for response in responses {
        responseNumber += 1
        if plan.slug == "youth-theatre" {
          try writeSurveyMonkey(response, number: responseNumber, writer: &monkey)
        } else if response.day <= financialYears[0].end {
          written += 1
          var fields = canonicalFields(response, number: responseNumber)
          if written == 5 {
            fields[7] = "7"
            context.note(
              yearPaths[0], line: first.line, column: "swemwbs_3", value: "7",
              severity: .warning, problem: "a SWEMWBS item of 7 is outside 1-5")
          }
          try first.writeRow(fields)
          if written == 12 {
            context.note(
              yearPaths[0], line: first.line, column: Column.responseID.name, value: fields[0],
              severity: .duplicate, problem: "the same response_id twice")
            try first.writeRow(fields)
          }
        } else {
          try second.writeRow(aliasFields(response, number: responseNumber))
        }
      }
    }
    let counts = [first.rowsWritten - 1, second.rowsWritten - 1, monkey.rowsWritten - 2]
    try first.finish()
    try second.finish()
    try monkey.finish()
    for (path, rows) in zip(yearPaths + [surveyMonkeyPath], counts) {
      context.files.append(SampleFile(path: path, kind: .feedback, rows: rows, encoding: .utf8))
    }
  }

  private static func canonicalFields(_ response: WellbeingResponse, number: Int) -> [String] {
    let stage = response.stage == .pre ? "pre" : "post"
    return [
      "WB-\(number)", DateStyle.iso.text(response.day),
      PersonRegistry.identifier(response.person), response.programme, stage,
    ]
      + response.items.map { "\($0)" } + response.ons.map { "\($0)" }
      + [
        response.satisfaction.map { "\($0)" } ?? "", response.recommend.map { "\($0)" } ?? "",
        response.comment, response.consent,
      ]
  }

  private static func aliasFields(_ response: WellbeingResponse, number: Int) -> [String] {
    let stage: String
    switch response.stage {
    case .pre: stage = "Baseline"
    case .post: stage = "End of programme"
    case .followUp: stage = "Follow-up"
    }
    return [
      "WB-\(number)", DateStyle.ukDateTime(seconds: response.seconds).text(response.day),
      PersonRegistry.identifier(response.person), response.programme, stage,
    ]
      + response.items.map { itemLabels[$0 - 1] } + response.ons.map { "\($0)" }
      + [
        response.satisfaction.map { satisfiedLabels[$0 - 1] } ?? "",
        response.recommend.map { "\($0)" } ?? "", response.comment, response.consent,
      ]
  }

  private static func writeSurveyMonkey(
    _ response: WellbeingResponse, number: Int, writer: inout CSVWriter
  ) throws(FileWriteError) {
    let stage = response.stage == .pre ? "Start of programme" : "End of programme"
    let fields =
      [
        "\(118_000_000_000 + number * 37)", "431256789",
        DateStyle.ukDateTime(seconds: response.seconds).text(response.day),
        DateStyle.ukDateTime(seconds: response.seconds + 240).text(response.day),
        PersonRegistry.identifier(response.person), stage,
      ]
      + response.items.map { itemLabels[$0 - 1] }
      + [
        response.satisfaction.map { ratingLabels[$0 - 1] } ?? "",
        response.recommend.map { "\($0)" } ?? "", response.comment, response.consent,
      ]
    try writer.writeRow(fields)
  }
}
