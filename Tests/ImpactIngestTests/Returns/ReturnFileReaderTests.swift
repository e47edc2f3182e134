import Foundation
import ImpactIngest
import ImpactModel
import ImpactTestSupport
import Testing

@Suite("Reading funder return files")
struct ReturnFileReaderTests {
  /// A small vocabulary: two figures, a setting and a funder breakdown.
  static let vocabulary = ReturnVocabulary(
    figures: [
      .init(indicator: .uniqueParticipants, breakdowns: [.all, .setting, .priorityGroup]),
      .init(indicator: .change(.swemwbs), breakdowns: [.all, .programme]),
      .init(indicator: .income, breakdowns: [.all, .funder]),
    ],
    groups: [
      .setting: [Group("care_home"), Group("hospital")],
      .priorityGroup: [Group("older_people")],
      .funder: [Group("Local Council")],
      .programme: [Group("Choir")],
    ])

  private func read(_ yaml: String) throws(ReturnError) -> FunderReturn {
    try ReturnFileReader(vocabulary: Self.vocabulary).read(yaml: yaml, path: "returns/form.yml")
  }

  /// The message of the error reading `yaml` throws, or a note that none was thrown.
  private func message(_ yaml: String) -> String {
    do {
      _ = try read(yaml)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func everyAnswerKindReadsToItsTypedQuestion() throws {
    let form = try read(
      """
      title: Quarterly return
      funder: local council
      questions:
        - ask: People?
          figure: unique_participants
        - ask: In care homes this year?
          figure: unique_participants
          group_by: setting
          group: Care_Home
          period: ytd
        - ask: Change?
          figure: swemwbs_change
          show: [value, ci_low, ci_high, n, numerator, denominator, target, status]
        - ask: Council money?
          figure: income
        - ask: Difference made
          text: outcomes
          words: 200
        - ask: Quotes
          text: quotes
      """)
    #expect(form.name == "form")
    #expect(form.title == "Quarterly return")
    #expect(form.funder == "local council")
    let answers = form.questions.map(\.answer)
    #expect(answers[0] == .figure(.init(indicator: .uniqueParticipants)))
    #expect(
      answers[1]
        == .figure(
          .init(
            indicator: .uniqueParticipants, groupBy: .setting, group: Group("care_home"),
            period: .yearToDate)))
    #expect(answers[2] == .figure(.init(indicator: .change(.swemwbs), show: ReturnField.allCases)))
    #expect(
      answers[3]
        == .figure(
          .init(
            indicator: .income, groupBy: .funder, group: Group("Local Council"),
            scopedToFunder: true)))
    #expect(answers[4] == .text(.init(passage: .outcomes, words: 200)))
    #expect(answers[5] == .text(.init(passage: .quotes)))
    #expect(form.questions.map(\.line) == [4, 6, 11, 14, 16, 19])
  }

  @Test func aFileNameBecomesAFileSafeName() {
    #expect(ReturnFileReader.name(ofFile: "returns/Council Q1 (2025).yml") == "council-q1-2025")
    #expect(ReturnFileReader.name(ofFile: "r/!!.yaml") == "return")
  }

  @Test func eachMistakeNamesTheFileTheLineTheQuestionAndWhatIsAccepted() {
    let head = "title: T\nquestions:\n  - ask: How many?\n"
    let cases: [(String, String)] = [
      (
        "title: T\nquestions: [\n",
        "Funder return: returns/form.yml, line 3, column 1: this is not valid YAML"
      ),
      (
        "titl: T\nquestions: []\n",
        "Funder return: returns/form.yml, line 1, key titl: \"titl\" is not a setting accepted "
          + "here. Did you mean \"title\"? Accepted: title, funder, questions."
      ),
      (
        "title: T\n",
        "Funder return: returns/form.yml, line 1: no questions is given; list the form's "
          + "questions under questions:"
      ),
      ("title: T\nquestions: []\n", "key questions: \"\" holds no question"),
      (
        "title: T\nquestions:\n  - How many?\n",
        "Funder return, question 1: returns/form.yml, line 3, key questions[1]: found "
          + "\"How many?\"; a question is a set of lines"
      ),
      (
        "title: T\nquestions:\n  - figure: sessions\n",
        "question 1: returns/form.yml, line 3, key questions[1]: no ask is given; add ask:"
      ),
      (
        head,
        "Funder return, question 1 (\"How many?\"): returns/form.yml, line 3, key questions[1]: "
          + "no figure or text is given; add figure: with an indicator id"
      ),
      (
        head + "    figure: unique_participants\n    text: reach\n",
        "line 5, key questions[1].text: \"text\" is given with figure; a question is answered "
          + "by a figure or by a passage, not both; keep one."
      ),
      (
        head + "    figure: unique_participant\n",
        "Funder return, question 1 (\"How many?\"): returns/form.yml, line 4, key "
          + "questions[1].figure: \"unique_participant\" is not a figure impact computes (see "
          + "`impact indicators`). Did you mean \"unique_participants\"? Accepted: "
          + "unique_participants, swemwbs_change, income."
      ),
      (
        head + "    figure: unique_participants\n    group_by: settings\n    group: care_home\n",
        "line 5, key questions[1].group_by: \"settings\" is not a breakdown of "
          + "unique_participants. Did you mean \"setting\"? Accepted: all, setting, priority_group."
      ),
      (
        head + "    figure: unique_participants\n    group_by: setting\n",
        "line 3, key questions[1]: no group is given; add group: with the group of setting to "
          + "answer with (such as care_home, hospital)."
      ),
      (
        head + "    figure: unique_participants\n    group: care_home\n",
        "line 5, key questions[1].group: no group_by is given; add group_by: with the breakdown "
          + "the group belongs to (setting, priority_group)."
      ),
      (
        head + "    figure: unique_participants\n    group_by: setting\n    group: care_hom\n",
        "line 6, key questions[1].group: \"care_hom\" is not a group of setting in this data. "
          + "Did you mean \"care_home\"? Accepted: care_home, hospital."
      ),
      (
        head + "    figure: unique_participants\n    period: last-year\n",
        "line 5, key questions[1].period: \"last-year\" is not a period a return can ask for. "
          + "Did you mean \"last_year\"? Accepted: reporting, previous, last_year, ytd."
      ),
      (
        head + "    figure: swemwbs_change\n    show: [value, ci_lo]\n",
        "line 5, key questions[1].show[2]: \"ci_lo\" is not a part of a figure a return can "
          + "show. Did you mean \"ci_low\"? Accepted: value, ci_low, ci_high, n, numerator, "
          + "denominator, target, status."
      ),
      (
        head + "    figure: swemwbs_change\n    show: []\n",
        "key questions[1].show: \"\" shows nothing"
      ),
      (
        head + "    text: outcome\n",
        "line 4, key questions[1].text: \"outcome\" is not a passage the reports use. Did you "
          + "mean \"outcomes\"? Accepted: outcomes, reach, inclusion, wellbeing, funding, quotes."
      ),
      (
        head + "    text: outcomes\n    words: 0\n",
        "line 5, key questions[1].words: \"0\" leaves no room for an answer"
      ),
      (
        head + "    text: outcomes\n    words: many\n",
        "line 5, key questions[1].words: \"many\" is not a whole number"
      ),
      (
        head + "    figure: unique_participants\n    words: 50\n",
        "line 5, key questions[1].words: \"words\" is not a setting of a figure question. "
          + "Accepted: ask, figure, group_by, group, period, show."
      ),
      (
        head + "    text: reach\n    show: [value]\n",
        "\"show\" is not a setting of a text question. Accepted: ask, text, words."
      ),
      (
        head + "    figure: unique_participants\n    grop: care_home\n",
        "\"grop\" is not a setting of a question. Did you mean \"group\"?"
      ),
    ]
    for (yaml, expected) in cases {
      let text = message(yaml)
      #expect(text.contains(expected), "\(yaml)\n→ \(text)")
    }
  }

  @Test func theFolderIsTheConfiguredOneOrReturnsInTheDataFolder() throws {
    let data = try TemporaryFolder([
      "returns/b.yml": "questions:\n  - ask: People?\n    figure: unique_participants\n",
      "returns/a.yaml": "questions:\n  - ask: Words\n    text: reach\n",
      "returns/notes.txt": "not a return",
    ])
    defer { data.remove() }
    let folder = ReturnsFolder(dataFolder: data.path, configuration: ImpactConfiguration())
    let returns = try folder.read(vocabulary: Self.vocabulary)
    #expect(returns.map(\.name) == ["a", "b"])
    #expect(returns.map(\.title) == ["a", "b"])
    // No returns folder: no returns.
    var configuration = ImpactConfiguration()
    let empty = ReturnsFolder(dataFolder: data.path + "/returns", configuration: configuration)
    #expect(try empty.files().isEmpty)
    // A configured folder that is not there is an error.
    configuration.returnsFolder = "forms"
    #expect(throws: ReturnError.folderNotFound(path: data.path + "/forms")) {
      try ReturnsFolder(dataFolder: data.path, configuration: configuration).files()
    }
    #expect(
      ReturnError.folderNotFound(path: "d/forms").description
        == "The returns folder d/forms (the `returns` setting of impact.yml) does not exist; "
        + "create it and put one return file (.yml) per funder form in it, or remove `returns`.")
  }

  @Test func twoFilesOfOneNameAreRefused() throws {
    let data = try TemporaryFolder([
      "returns/Council.yml": "questions:\n  - ask: Words\n    text: reach\n",
      "returns/council.yaml": "questions:\n  - ask: Words\n    text: reach\n",
    ])
    defer { data.remove() }
    let folder = ReturnsFolder(dataFolder: data.path, configuration: ImpactConfiguration())
    do {
      _ = try folder.read(vocabulary: Self.vocabulary)
      Issue.record("no error")
    } catch {
      #expect(
        error.description.hasSuffix("would both be written as return-council; rename one of them."))
    }
  }

  @Test func impactYmlNamesTheReturnsFolder() throws {
    let configuration = try ConfigLoader(knownColumns: [:]).load(
      yaml: "returns: forms/\n", path: "impact.yml")
    #expect(configuration.returnsFolder == "forms/")
    #expect(ConfigTemplate.text.contains("returns:"))
  }
}
