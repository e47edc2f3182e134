import Foundation
import ImpactAnalytics
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactExport

/// The one presentation both renderers share: names from the labels, one style per figure.
@Suite struct PresentationTests {
  @Test func everyIndicatorAndBreakdownHasABuiltInName() throws {
    let labels = try ReportLabels.builtIn()
    for definition in IndicatorCatalogue.all where definition.id != .priorityShareOfAGroup {
      #expect(labels.text("indicator." + definition.id.rawValue) != nil, "\(definition.id)")
      for groupBy in definition.breakdowns where groupBy != .all {
        #expect(labels.text("field." + groupBy.rawValue) != nil, "\(groupBy)")
      }
    }
  }

  @Test func aPriorityShareIsNamedByItsGroupsLabel() throws {
    var configuration = ImpactConfiguration()
    configuration.priorityGroups = [
      PriorityGroupRule(
        id: "care", label: "Care-experienced young people", field: "care",
        condition: .equals("yes"))
    ]
    let names = IndicatorNames(configuration: configuration, labels: try ReportLabels.builtIn())
    #expect(names.label(.priorityShare("care")) == "Care-experienced young people")
    #expect(names.label(.priorityShareAny) == "In at least one priority group")
    #expect(names.group(Group("pre"), by: .stage) == "Before")
    #expect(names.group(Group("25-34"), by: .person(.ageBand)) == "Aged 25-34")
    #expect(names.group(.unknown, by: .person(.ageBand)) == "Unknown")
    #expect(names.field(.artForm) == "Art form")
  }

  /// Each case worked by hand: the text and the Excel format give the same digits.
  @Test(arguments: [
    (IndicatorID.uniqueParticipants, IndicatorUnit.people, 1204.0, "1,204", "#,##0"),
    (.participantHours, .hours, 37.5, "38", "#,##0"),
    (.retainedShare, .share, 0.384, "38%", "0%"),
    (.retainedShare, .share, 0.004, "0.4%", "0.0%"),
    (.fundingPerParticipant, .currency, 4.5, "£4.50", "\"£\"#,##0.00;-\"£\"#,##0.00"),
    (.income, .currency, 12500, "£12,500", "\"£\"#,##0;-\"£\"#,##0"),
    (.nps, .score, 42.25, "42.3", "#,##0.0"),
    (.attendancesPerSession, .ratio, 7.125, "7.13", "#,##0.00"),
  ])
  func aFigureReadsTheSameInTextAndInTheWorkbook(
    indicator: IndicatorID, unit: IndicatorUnit, value: Double, text: String, code: String
  ) {
    let style = FigureStyle.of(indicator, unit: unit)
    #expect(style.text(value, currencySymbol: "£") == text)
    #expect(style.numberFormat(for: value, currencySymbol: "£").code == code)
  }

  @Test func aLabelChangedInATemplatesFolderChangesTheWorkbook() throws {
    let folder = try TemporaryFolder([
      "templates/labels.txt": """
      indicator.unique_participants: Everyone who came
      word.not_met: Below target
      heading.target: Aim

      """
    ])
    defer { folder.remove() }
    let texts = try WorkbookFixture.workbook(
      in: folder, templates: .folder(folder.file("templates"))
    ).texts(of: "Summary")
    #expect(texts.contains("Everyone who came"))
    #expect(texts.contains("Below target"))
    #expect(texts.contains("Aim"))
    #expect(!texts.contains("People taking part"))
  }

  @Test func theWorkbooksWordingChangedInATemplatesFolderChangesTheWorkbook() throws {
    let folder = try TemporaryFolder([
      "templates/labels.txt": """
      workbook.reach.title: Who came, {period}
      workbook.inclusion.description: About the group
      workbook.about.title: Where these figures come from
      workbook.footer: Sheet page {page} & more

      """
    ])
    defer { folder.remove() }
    let workbook = try WorkbookFixture.workbook(
      in: folder, templates: .folder(folder.file("templates")))
    let texts = workbook.texts(of:)
    #expect(texts("Reach").contains("Who came, 2025-26 Q2"))
    #expect(!texts("Reach").contains("Reach, 2025-26 Q2"))
    #expect(texts("Inclusion").contains("About the group"))
    #expect(!texts("Inclusion").contains("Description"))
    #expect(texts("About").contains("Where these figures come from"))
    // The labels not given keep the built-in text.
    #expect(texts("Funding").contains("Funding, 2025-26 Q2"))
    // Every sheet's footer: its name, then the page in the new words (a `&` printed as one).
    let reach = try #require(workbook.sheets.first { $0.name == "Reach" })
    #expect(
      workbook.text(reach.part).contains(
        "<oddFooter>&amp;L&amp;A&amp;RSheet page &amp;P &amp;&amp; more</oddFooter>"))
  }

  @Test func theBuiltInFooterNamesTheSheetAndThePage() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let workbook = try WorkbookFixture.workbook(in: folder)
    for sheet in workbook.sheets {
      #expect(
        workbook.text(sheet.part).contains(
          "<oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter>"), "\(sheet.name)")
    }
  }

  @Test func anUnreadableLabelsFileStopsTheWorkbookBeforeAnythingIsWritten() throws {
    let folder = try TemporaryFolder(["templates/labels.txt": "no colon here\n"])
    defer { folder.remove() }
    #expect(throws: TemplateError.self) {
      try WorkbookExporter(
        context: WorkbookFixture.context(), templates: .folder(folder.file("templates")))
    }
    #expect(folder.entries == ["templates"])
  }
}
