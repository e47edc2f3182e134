import ImpactIngest
import Testing

@Suite("impact.yml errors: syntax, top-level keys and simple settings")
struct ConfigSettingErrorTests {
  @Test("The brief's example message, word for word")
  func exampleMessage() throws {
    let comments = (1...12).map { "# note \($0)\n" }.joined()
    let error = try #require(
      ConfigTestSupport.error(comments + "suppression:\n  min_count: five\n"))
    #expect(
      error.description
        == "impact.yml, line 14, key suppression.min_count: \"five\" is not a whole number; "
        + "use a whole number such as 5 (0 turns suppression off).")
  }

  @Test("YAML syntax errors name the line and column")
  func syntaxError() throws {
    let error = try #require(
      ConfigTestSupport.error("currency: GBP\norganisation: Riverside: Arts Centre\n"))
    guard case .syntaxError(let location, _) = error else {
      Issue.record("expected a syntax error, got \(error)")
      return
    }
    #expect(location.line == 2)
    #expect(location.column == 24)
    #expect(error.description.hasPrefix("impact.yml, line 2, column 24: this is not valid YAML ("))
  }

  @Test("An unclosed bracket is a syntax error on a later line")
  func unclosedBracket() throws {
    let error = try #require(ConfigTestSupport.error("currency: [GBP\ndate_order: DMY\n"))
    guard case .syntaxError(let location, _) = error else {
      Issue.record("expected a syntax error, got \(error)")
      return
    }
    #expect(location.line >= 2)
  }

  @Test(
    "A key given twice names the line of the repeat",
    arguments: [
      ("currency: GBP\ndate_order: DMY\ncurrency: EUR\n", 3, "currency"),
      ("organisation: A\nsuppression:\n  min_count: 5\n  min_count: 6\n", 4, "min_count"),
    ])
  func duplicateKey(yaml: String, line: Int, key: String) throws {
    let error = try #require(ConfigTestSupport.error(yaml))
    #expect(error.location?.line == line)
    #expect(
      error.description
        == "impact.yml, line \(line): \"\(key)\" is given more than once in the same section; "
        + "keep only one.")
  }

  @Test("An unknown top-level key suggests the near miss and lists the accepted keys")
  func unknownTopLevelKey() throws {
    let error = try #require(
      ConfigTestSupport.error("organisation: Riverside\nfinacial_year_start: April\n"))
    #expect(
      error.description
        == "impact.yml, line 2, key finacial_year_start: \"finacial_year_start\" is not a "
        + "setting accepted here. Did you mean \"financial_year_start\"? Accepted: organisation, "
        + "currency, financial_year_start, date_order, suppression, retention, imd_lookup, "
        + "columns, priority_groups, targets, benchmarks, wellbeing, returns.")
  }

  @Test("An unknown key far from any setting gets no suggestion")
  func unknownKeyWithoutSuggestion() throws {
    let error = try #require(ConfigTestSupport.error("\n\ncolour: red\n"))
    guard case .unknownKey(let location, let key, _, _, let suggestion) = error else {
      Issue.record("expected an unknown key, got \(error)")
      return
    }
    #expect(location.line == 3)
    #expect(key == "colour")
    #expect(suggestion == nil)
    #expect(!error.description.contains("Did you mean"))
  }

  @Test(
    "Unknown keys inside sections list the section's keys",
    arguments: [
      ("suppression:\n  min_cont: 5\n", 2, "suppression.min_cont", "min_count"),
      ("retention:\n  sessions: 5\n", 2, "retention.sessions", "min_sessions"),
      (
        "wellbeing:\n  wellby: true\n  wellby_values: 1\n", 3, "wellbeing.wellby_values",
        "wellby_value"
      ),
    ])
  func unknownKeyInSection(yaml: String, line: Int, path: String, suggestion: String) throws {
    let error = try #require(ConfigTestSupport.error(yaml))
    #expect(error.location?.line == line)
    #expect(error.location?.keyPath == path)
    guard case .unknownKey(_, _, _, let accepted, let suggested) = error else {
      Issue.record("expected an unknown key, got \(error)")
      return
    }
    #expect(accepted.contains(suggestion))
    if path == "retention.sessions" {
      #expect(suggested == nil)
    } else {
      #expect(suggested == suggestion)
    }
  }

  @Test(
    "Values of the wrong shape",
    arguments: [
      ("suppression: 5\n", 1, "suppression", "found \"5\""),
      ("organisation: [A, B]\n", 1, "organisation", "found a list"),
      ("wellbeing:\n  wellby: { a: 1 }\n", 2, "wellbeing.wellby", "found a section"),
      ("- currency\n- GBP\n", 1, "", "found a list"),
    ])
  func wrongType(yaml: String, line: Int, path: String, found: String) throws {
    let error = try #require(ConfigTestSupport.error(yaml))
    guard case .wrongType(let location, _, _) = error else {
      Issue.record("expected a wrong type, got \(error)")
      return
    }
    #expect(location.line == line)
    #expect(location.keyPath == path)
    #expect(error.description.contains(found))
  }

  @Test(
    "Values that are not accepted",
    arguments: [
      ("currency: GBR\n", 1, "currency", "GBR"),
      ("financial_year_start: Aprl\n", 1, "financial_year_start", "Aprl"),
      ("financial_year_start: 13\n", 1, "financial_year_start", "13"),
      ("financial_year_start: 0\n", 1, "financial_year_start", "0"),
      ("date_order: YMD\n", 1, "date_order", "YMD"),
      ("suppression:\n  min_count: -1\n", 2, "suppression.min_count", "-1"),
      ("suppression:\n  min_count: 2.5\n", 2, "suppression.min_count", "2.5"),
      ("retention:\n  min_sessions: -2\n", 2, "retention.min_sessions", "-2"),
      ("wellbeing:\n  wellby: maybe\n", 2, "wellbeing.wellby", "maybe"),
      ("wellbeing:\n  wellby_value: lots\n", 2, "wellbeing.wellby_value", "lots"),
      (
        "wellbeing:\n  swemwbs_meaningful_change: 0\n", 2, "wellbeing.swemwbs_meaningful_change",
        "0"
      ),
      ("organisation: \"\"\n", 1, "organisation", ""),
    ])
  func invalidValue(yaml: String, line: Int, path: String, value: String) throws {
    let error = try #require(ConfigTestSupport.error(yaml))
    guard case .invalidValue(let location, let found, _, _) = error else {
      Issue.record("expected an invalid value, got \(error)")
      return
    }
    #expect(location.line == line)
    #expect(location.keyPath == path)
    #expect(found == value)
  }

  @Test("The currency message lists the accepted currencies")
  func currencyMessage() throws {
    let error = try #require(ConfigTestSupport.error("currency: GBR\n"))
    #expect(
      error.description
        == "impact.yml, line 1, key currency: \"GBR\" is not a currency impact supports; "
        + "use GBP (£), EUR (€) or USD ($).")
  }

  @Test("The month message says what is accepted")
  func monthMessage() throws {
    let error = try #require(ConfigTestSupport.error("financial_year_start: Aprl\n"))
    #expect(
      error.description
        == "impact.yml, line 1, key financial_year_start: \"Aprl\" is not a month; use a month "
        + "name such as April (or Apr, or its number 1-12).")
  }
}
