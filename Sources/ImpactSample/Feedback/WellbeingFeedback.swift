import Foundation
import ImpactFiles
import ImpactModel

/// The pre/post wellbeing surveys of the programmes that run them: one file per financial
/// year (the first with canonical headers and numbers, the second with aliases and the
/// scales' labels), and Youth Theatre's SurveyMonkey export with two header rows.
///
/// A person fills in a survey at their first session (85%), another at their last when they
/// stayed six weeks or more (of those who did the first, about 75%, fewer among those who
/// started with higher wellbeing, so those who leave started higher; 15% of the others), and a
/// few a follow-up eight weeks later. Wellbeing rises between the two by about 0.4 of a scale
/// point per item on average, more for those who came to more sessions, with a spread: a mean
/// SWEMWBS metric change of about +2. Nine in ten also answer the ONS loneliness questions
/// (the direct one and the three-item measure), less lonely as wellbeing is higher.
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
      "recommend", "comment", "consent_to_quote", "loneliness", "ucla_1", "ucla_2", "ucla_3",
    ]

  static let aliasHeader =
    ["Respondent ID", "Submitted", "Participant ID", "Programme", "Wave"]
    + (1...7).map { "SWEMWBS \($0)" }
    + [
      "ONS life satisfaction", "ONS worthwhile", "ONS happy", "ONS anxious", "Rating",
      "Likelihood to recommend", "Comments", "May we quote you?", "How often do you feel lonely?",
      "How often do you feel that you lack companionship?", "How often do you feel left out?",
      "How often do you feel isolated from others?",
    ]

  static let surveyMonkeyTitles =
    [
      "Respondent ID", "Collector ID", "Start Date", "End Date", "Custom Data 1", "Custom Data 2",
      "Timepoint",
    ]
    + ["Thinking about the last two weeks, how often has each of these been true for you?"]
    + Array(repeating: "", count: 6)
    + ["Overall rating", "Likelihood to recommend", "What did you enjoy?", "May we quote you?"]

  static let surveyMonkeySubLabels =
    ["", "", "", "", "", "", "Response"] + SampleGenerator.surveyItemLabels
    + ["Response", "Response", "Open-Ended Response", "Response"]

  private static let itemLabels = [
    "None of the time", "Rarely", "Some of the time", "Often", "All of the time",
  ]
  /// The direct loneliness question's answers, from never (0) to often/always (4).
  private static let lonelinessCodes = [
    "never", "hardly_ever", "occasionally", "some_of_the_time", "often_always",
  ]
  private static let lonelinessLabels = [
    "Never", "Hardly ever", "Occasionally", "Some of the time", "Often/always",
  ]
  private static let uclaLabels = ["Hardly ever or never", "Some of the time", "Often"]
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
      // More sessions, somewhat more change, less for each further session: about 0.15 of a
      // point an item after five sessions, 0.35 after twelve, 0.55 after twenty-four or more.
      let sessions = Double(min(registry.homeSessions[person], 24))
      let change = random.normal(mean: 0.3 * log(1 + sessions) - 0.4, deviation: 0.45)
      // Those who started with higher wellbeing are less likely to come back for the after
      // survey.
      let stays = min(0.95, max(0.15, 0.75 - 0.7 * (level - baseLevel) / 0.55))

      var responses: [WellbeingResponse] = []
      let didPre = random.chance(0.85)
      if didPre {
        responses.append(
          WellbeingResponse(
            day: firstDay, stage: .pre, person: person, programme: plan.name, level: level,
            random: &random))
      }
      if firstDay.days(to: lastDay) >= 42, random.chance(didPre ? stays : 0.15) {
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
    var fields: [String] = [
      "WB-\(number)", DateStyle.iso.text(response.day),
      PersonRegistry.identifier(response.person), response.programme, stage,
    ]
    fields += response.items.map { "\($0)" }
    fields += response.ons.map { "\($0)" }
    fields += [
      response.satisfaction.map { "\($0)" } ?? "", response.recommend.map { "\($0)" } ?? "",
      response.comment, response.consent, response.loneliness.map { lonelinessCodes[$0] } ?? "",
    ]
    return fields + uclaFields(response) { "\($0)" }
  }

  /// The three loneliness items, as `text` writes each, or three empty cells.
  private static func uclaFields(_ response: WellbeingResponse, _ text: (Int) -> String)
    -> [String]
  {
    response.ucla.isEmpty ? ["", "", ""] : response.ucla.map(text)
  }

  private static func aliasFields(_ response: WellbeingResponse, number: Int) -> [String] {
    let stage: String
    switch response.stage {
    case .pre: stage = "Baseline"
    case .post: stage = "End of programme"
    case .followUp: stage = "Follow-up"
    }
    var fields: [String] = [
      "WB-\(number)", DateStyle.ukDateTime(seconds: response.seconds).text(response.day),
      PersonRegistry.identifier(response.person), response.programme, stage,
    ]
    fields += response.items.map { itemLabels[$0 - 1] }
    fields += response.ons.map { "\($0)" }
    fields += [
      response.satisfaction.map { satisfiedLabels[$0 - 1] } ?? "",
      response.recommend.map { "\($0)" } ?? "", response.comment, response.consent,
      response.loneliness.map { lonelinessLabels[$0] } ?? "",
    ]
    return fields + uclaFields(response) { uclaLabels[$0 - 1] }
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
        PersonRegistry.identifier(response.person), response.programme, stage,
      ]
      + response.items.map { itemLabels[$0 - 1] }
      + [
        response.satisfaction.map { ratingLabels[$0 - 1] } ?? "",
        response.recommend.map { "\($0)" } ?? "", response.comment, response.consent,
      ]
    try writer.writeRow(fields)
  }
}
