import type { FuzzyDate, Source, SourceKind } from '../src/schema/index.js';

/**
 * The sources that primary statements reached us through: official statements, wire and
 * newspaper copy that reports them, agency and intergovernmental reports, and a few secondary
 * relays kept for corroboration only. None of their text is held here: every citation of them
 * is a locator and a summary in our own words (docs/corroboration.md gives the method). All
 * were read on 30 November 2026 through the stored public pages the research used.
 */
const ACCESSED = '2026-11-30';

interface Read {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published: FuzzyDate;
  language: string;
  kind: SourceKind;
  /** The site the copy was read on, when not the publisher's own. */
  relay?: string;
  mirror?: string;
  author?: string;
  notes?: string;
  inferredPublished?: string;
}

const day = (d: string): FuzzyDate => ({ start: d, end: d, precision: 'day' });
const range = (start: string, end: string, text: string): FuzzyDate => ({ start, end, precision: 'range', text });
const month = (ym: string, last: string): FuzzyDate => ({ start: `${ym}-01`, end: `${ym}-${last}`, precision: 'month' });

function source(read: Read): Source {
  const { relay, mirror, notes, inferredPublished, ...rest } = read;
  return {
    ...rest,
    accessed: ACCESSED,
    textHeld: false,
    ...(relay !== undefined ? { copy: 'relay' as const, host: relay } : {}),
    ...(mirror !== undefined ? { copy: 'mirror' as const, host: mirror } : {}),
    ...(notes !== undefined ? { textNotes: notes } : {}),
    ...(inferredPublished !== undefined ? { inferred: [{ field: 'published', reasoning: inferredPublished }] } : {}),
  };
}

/** Undated copy of a report of an event: from the event to the end of that month. */
const NOT_PRINTED = 'The copy read prints no date; it reports the event of the interval’s first day, so it is from that day on, and it was read among reports of that month.';

export const primarySources: Source[] = [
  // The Badakhshan incident, August–September 2023.
  source({
    id: 'rferl-2023-09-06-tajikistan-militants-killed', title: 'Tajikistan Says Three Militants Killed Crossing Border From Afghanistan',
    publisher: 'RFE/RL Tajik Service', url: 'http://www.aopnews.com/taliban/tajikistan-says-three-militants-killed-crossing-border-from-afghanistan/',
    published: day('2023-09-06'), language: 'en', kind: 'news-report', relay: 'aopnews.com',
  }),
  source({
    id: 'trend-2023-09-06-three-terrorists-killed', title: 'Three Terrorists Killed In Tajikistan', publisher: 'Trend News Agency',
    url: 'https://menafn.com/1107013453/Three-Terrorists-Killed-In-Tajikistan', published: day('2023-09-06'), language: 'en', kind: 'news-report', relay: 'menafn.com',
  }),
  source({
    id: 'vecherka-2023-09-militants-liquidated', title: 'Report on the killing of militants who crossed the Tajik–Afghan border (no title in the copy read)',
    publisher: 'Vecherka (Vechernie vesti, Dushanbe)', url: 'https://vecherka.tj/archives/59559',
    published: range('2023-09-06', '2023-09-30', 'not printed'), language: 'ru', kind: 'news-report',
    notes: 'Relays the State Committee for National Security’s statement as carried by the state agency Khovar.', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'upl-2023-09-terrorists-planned-attack-independence-day', title: 'В Таджикистане террористы планировали теракт в день Независимости',
    publisher: 'UPL.uz, citing Sputnik Tajikistan', url: 'https://upl.uz/world/36234-news.html',
    published: range('2023-09-06', '2023-09-08', 'not printed; a reader comment is dated 8 September 2023'), language: 'ru', kind: 'news-report',
    inferredPublished: 'The page prints no date; it reports the statement of 6 September 2023 and carries a reader comment dated 8 September 2023.',
  }),
  source({
    id: 'amu-tv-2023-09-tajik-forces-kill-three', title: 'Tajikistan forces kill three ‘terrorists’ who crossed border from Afghanistan',
    publisher: 'Amu TV', url: 'https://amu.tv/63944/', published: range('2023-09-06', '2023-09-30', 'not printed'), language: 'en', kind: 'news-report',
    notes: 'Quotes AKIpress, which quotes the State Committee for National Security; it names the body “State Security Council”, a slip.', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'afghanistan-times-2023-09-tajikistan-thwarts-infiltration', title: 'Tajikistan thwarts infiltration, kills three militants crossing Afghan border',
    publisher: 'Afghanistan Times', url: 'https://www.afghanistantimes.af/tajikistan-thwarts-infiltration-kills-three-militants-crossing-afghan-border/',
    published: range('2023-09-06', '2023-09-30', 'not printed'), language: 'en', kind: 'news-report', notes: 'Relays AFP and Kabar.', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'dawn-2023-09-07-tajikistan-claims-killing-militants', title: 'Tajikistan claims killing militants who entered from Afghanistan',
    publisher: 'Dawn (AFP)', url: 'https://www.dawn.com/news/1774508/tajikistan-claims-killing-militants-who-entered-from-afghanistan',
    published: { ...day('2023-09-07'), text: 'print edition' }, language: 'en', kind: 'news-report',
  }),
  // Rahmon's and Mirziyoyev's speeches, the summit of 14 September and the IFAS meeting of 15 September 2023.
  source({
    id: 'ghroona-2023-09-rahmon-terrorist-activity', title: '‘We Feel an Increase in the Activity of Various Terrorist Groups in Afghanistan,’ Says Tajik Leader',
    publisher: 'Ghroona', url: 'https://ghroona.com/we-feel-an-increase-in-the-activity-of-various-terrorist-groups-in-afghanistan-says-tajik-leader/',
    published: range('2023-09-14', '2023-09-30', 'not printed'), language: 'en', kind: 'news-report', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'zorkul-novosti-2023-09-rahmon-concerns', title: 'Tajik president raises concerns about ‘rising terrorist activity’ in Afghanistan',
    publisher: 'Zorkul Novosti', url: 'https://zorkulnovosti.com/tajik-president-raises-concerns-about-rising-terrorist-activity-in-afghanistan/',
    published: range('2023-09-14', '2023-09-30', 'not printed'), language: 'en', kind: 'news-report', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'russia-islworld-2023-09-14-rahmon-drug-smuggling', title: 'Rahmon expresses concern over growing smuggling of Afghan drugs',
    publisher: 'Group of Strategic Vision “Russia – Islamic World”', url: 'https://russia-islworld.ru/en/novosti//rahmon-expresses-concern-over-growing-smuggling-of-afghan-drugs-2023-09-14-36027',
    published: day('2023-09-14'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'nca-2023-09-15-rahmon-intraregional-integration', title: 'President of Tajikistan called on the Central Asian countries to take more active steps towards intraregional integration',
    publisher: 'News Central Asia', url: 'https://www.newscentralasia.net/2023/09/15/president-of-tajikistan-called-on-the-central-asian-countries-to-take-more-active-steps-towards-intraregional-integration/',
    published: day('2023-09-15'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'nca-2023-09-15-consultative-meeting-outcomes', title: '5th Consultative Meeting of the Heads of State of Central Asia in Tajikistan: outcomes',
    publisher: 'News Central Asia', url: 'https://www.newscentralasia.net/2023/09/15/5th-consultative-meeting-of-the-heads-of-state-of-central-asia-in-tajikistan-outcomes/',
    published: day('2023-09-15'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'tajik-president-2023-09-14-fifth-consultative-meeting', title: 'Fifth Consultative Meeting of Heads of State of Central Asia',
    publisher: 'Office of the President of Tajikistan', url: 'https://www.einpresswire.com/article/655909341/fifth-consultative-meeting-of-heads-of-state-of-central-asia',
    published: day('2023-09-14'), language: 'en', kind: 'official-statement', relay: 'einpresswire.com',
  }),
  source({
    id: 'uzbek-president-2023-09-14-proposals-central-asia', title: 'The President of the Republic of Uzbekistan put forward a number of proposals on the prospects for further interaction between the states of Central Asia',
    publisher: 'Press service of the President of Uzbekistan', url: 'https://invest-in-uzbekistan.org/en/novosti-uzbekistana/prezident-respubliki-uzbekistan-vydvinul-ryad-predlozhenij-po-perspektivam-dalnejshego-vzaimodejstviya-gosudarstv-tsentralnoj-azii',
    published: day('2023-09-14'), language: 'en', kind: 'official-statement', relay: 'invest-in-uzbekistan.org',
  }),
  source({
    id: 'amu-tv-2023-09-uzbek-president-afghanistan-security', title: 'Uzbek president emphasizes Afghanistan’s impact on Central Asian security',
    publisher: 'Amu TV', url: 'https://amu.tv/64957/', published: range('2023-09-14', '2023-09-30', 'not printed'), language: 'en', kind: 'news-report', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'daryo-2023-09-15-mirziyoyev-initiatives', title: 'President of Uzbekistan proposes initiatives for closer Central Asian cooperation',
    publisher: 'Daryo', url: 'https://daryo.uz/en/2023/09/15/president-of-uzbekistan-proposes-initiatives-for-closer-central-asian-cooperation',
    published: day('2023-09-15'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'kun-uz-2023-08-16-presidents-to-meet-in-dushanbe', title: 'Presidents of five Central Asian countries to meet in Dushanbe in mid-September',
    publisher: 'Kun.uz', url: 'https://kun.uz/en/news/2023/08/16/presidents-of-five-central-asian-countries-to-meet-in-dushanbe-in-mid-september',
    published: day('2023-08-16'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'qalampir-2023-09-15-mirziyoyev-qoshtepa', title: 'Mirziyoyev Dushanbeda “Qo‘shtepa” kanali masalasini ko‘tardi',
    publisher: 'Qalampir.uz', url: 'https://qalampir.uz/uz/news/mirziyeev-afgonistonni-suv-resurslari-buyicha-muzokaralarga-zhalb-etishni-taklif-k-ildi-90080',
    published: day('2023-09-15'), language: 'uz', kind: 'news-report',
  }),
  source({
    id: 'uzbek-mfa-2023-09-15-ifas-council', title: 'The President at the meeting of the Council of Heads of the Founding States of IFAS (no title in the copy read)',
    publisher: 'Embassy of Uzbekistan in China (Ministry of Foreign Affairs of Uzbekistan)', url: 'https://china.mfa.uz/news/1348?language=en',
    published: range('2023-09-15', '2023-09-30', 'not printed'), language: 'en', kind: 'official-statement', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'golos-tj-2023-09-mirziyoyev-qosh-tepa', title: 'On Mirziyoyev’s remarks on Qosh-Tepa at the IFAS meeting (no title in the copy read)',
    publisher: 'Golos Tadzhikistana', url: 'https://golos.tj/opinions-and-analitics/6696',
    published: range('2023-09-15', '2023-09-30', 'not printed'), language: 'ru', kind: 'news-report', notes: 'Relays the Uzbek president’s press service.', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'intellinews-2023-10-19-uzbek-delegation-qosh-tepa', title: 'Uzbekistan to send delegation to Afghanistan for negotiations on Qosh Tepa canal water',
    publisher: 'bne IntelliNews', url: 'https://www.intellinews.com/uzbekistan-to-send-delegation-to-afghanistan-for-negotiations-on-qosh-tepa-canal-water-297509',
    published: day('2023-10-19'), language: 'en', kind: 'news-report',
  }),
  // The SCO RATS Council, Astana, 8 September 2023.
  source({
    id: 'kazinform-2023-09-05-astana-to-host-rats-council', title: 'Kazakh capital to host 40th session of SCO RATS Council', publisher: 'Kazinform',
    url: 'https://en.inform.kz/news/kazakh-capital-to-host-40th-session-of-sco-rats-council_a4108127/', published: day('2023-09-05'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'kazinform-2023-09-08-sco-attacks', title: 'Sharp increase in terrorist attacks observed in SCO countries', publisher: 'Kazinform',
    url: 'https://en.inform.kz/news/sharp-increase-in-terrorist-attacks-observed-in-sco-countries_a4109465/', published: day('2023-09-08'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'kazinform-2023-09-08-sco-joint-exercises', title: 'SCO countries to hold joint anti-terror exercises in China in 2024', publisher: 'Kazinform',
    url: 'https://en.inform.kz/news/sco-countries-to-hold-joint-anti-terror-exercises-in-china-in-2024_a4109509/', published: day('2023-09-08'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'interfax-2023-09-08-knb-afghanistan-threat', title: 'Террористические группировки в Афганистане представляют угрозу для стран ШОС, заявляют в КНБ Казахстана',
    publisher: 'Interfax', url: 'https://cisatc.org/1289/134/9135/9164/9254/9262', published: day('2023-09-08'), language: 'ru', kind: 'news-report',
    relay: 'cisatc.org (digest of the CIS Anti-Terrorism Centre)',
  }),
  source({
    id: 'al-vefagh-2023-09-kazakhstan-isis-khorasan', title: 'Kazakhstan: ISIS-Khorasan a threat to Central Asia (title translated)', publisher: 'Al-Vefagh',
    url: 'https://al-vefagh.net/71249/%d9%83%d8%a7%d8%b2%d8%a7%d8%ae%d8%b3%d8%aa%d8%a7%d9%86-%d9%81%d8%b1%d8%b9-%d8%af%d8%a7%d8%b9%d8%b4-%d8%ae%d8%b1%d8%a7%d8%b3%d8%a7%d9%86-%d8%aa%d9%87%d8%af%d9%8a%d8%af-%d9%84%d8%a2%d8%b3%d9%8a%d8%a7', published: range('2023-09-08', '2023-09-09', 'not printed exactly'), language: 'ar', kind: 'news-report',
    inferredPublished: 'The copy read gives no exact day; it reports the speech of 8 September 2023 as news of the day or the next.',
  }),
  source({
    id: 'aif-2023-09-11-sco-security-services', title: 'Главная миссия. Спецслужбы ШОС обсудили борьбу с терроризмом', publisher: 'Argumenty i Fakty',
    url: 'http://rodina.news/glavnaya-missiya-spetssluzhby-shos-obsudili-borbu-terrorizmom-23091112460370.htm', published: day('2023-09-11'), language: 'ru', kind: 'news-report', relay: 'rodina.news',
  }),
  // The US statements of September 2023 and the Washington Post column.
  source({
    id: 'cnn-2023-09-08-al-qaeda-unlikely-to-revive', title: 'New US intelligence suggests al Qaeda unlikely to revive in Afghanistan, but officials warn ISIS threat remains', publisher: 'CNN',
    url: 'https://newsmuncher.com/article/59bada7d9bb04c338bbb59ff8f2ba074/new-us-intelligence-suggests-al-qaeda-unlikely-to-revive-in-afghanistan-but-officials-warn-isis-threat-remains',
    published: range('2023-09-08', '2023-09-10', 'not printed'), language: 'en', kind: 'news-report', relay: 'newsmuncher.com',
    inferredPublished: 'The aggregator copy prints no date; it reports the briefing of Friday 8 September 2023, and Daryo relayed it on 10 September.',
  }),
  source({
    id: 'daryo-2023-09-10-al-qaeda-resurgence-unlikely', title: 'US says resurgence of al-Qaeda unlikely in Afghanistan and Pakistan', publisher: 'Daryo',
    url: 'https://daryo.uz/en/2023/09/10/us-says-resurgence-of-al-qaeda-unlikely-in-afghanistan-and-pakistan', published: day('2023-09-10'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'washington-post-2023-09-ignatius-taliban-al-qaeda', title: 'Opinion: The Taliban has all but destroyed al-Qaeda in Afghanistan', publisher: 'The Washington Post', author: 'David Ignatius',
    url: 'https://vipfinancenews.com/opinion-the-taliban-has-all-but-destroyed-al-qaeda-in-afghanistan', published: range('2023-09-11', '2023-09-30', 'day not printed'), language: 'en',
    kind: 'secondary', mirror: 'vipfinancenews.com',
    notes: 'An opinion column, read on an unrelated site’s copy: weak evidence of the original wording.',
    inferredPublished: 'The copy prints no date; the column cites the NCTC statement of 11 September 2023 as of this month, so it is from 11 September on.',
  }),
  source({
    id: 'tolonews-2023-09-ignatius-column', title: 'Report on the Washington Post column on US–Taliban counter-terrorism (no title in the copy read)', publisher: 'TOLOnews',
    url: 'https://tolonews.com/afghanistan-185107', published: range('2023-09-11', '2023-09-30', 'not printed'), language: 'en', kind: 'news-report', inferredPublished: NOT_PRINTED,
  }),
  // The UN monitoring reports.
  source({
    id: 'hasht-e-subh-2023-06-un-report-20-groups', title: 'UN Security Council Report: The Taliban Have Maintained Their Relations with 20 Terrorist Groups', publisher: 'Hasht-e Subh', author: 'Amin Kawa',
    url: 'https://8am.media/eng/un-security-council-report-the-taliban-have-maintained-their-relations-with-20-terrorist-groups/',
    published: range('2023-06-09', '2023-06-30', 'not printed'), language: 'en', kind: 'news-report',
    inferredPublished: 'The copy prints no date; it reports the UN report it says was published on Friday 9 June 2023.',
  }),
  source({
    id: 'daryo-2023-06-17-terrorist-threat-growing', title: 'Terrorist threat is growing in Afghanistan, UN reports', publisher: 'Daryo',
    url: 'https://daryo.uz/en/2023/06/17/terrorist-threat-is-growing-in-afghanistan-un-reports', published: day('2023-06-17'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'voa-2023-afghanistan-terrorism-incubator', title: 'Afghanistan reemerging as a terrorism incubator', publisher: 'VOA News',
    url: 'https://colvillechronicler.com/america/afghanistan-reemerging-as-a-terrorism-incubator', published: range('2023-08-01', '2023-09-30', 'not printed; about August–September 2023'),
    language: 'en', kind: 'news-report', relay: 'colvillechronicler.com',
    inferredPublished: 'The copy prints no date; it cites “a report in June” 2023 and was read among reports of August and September 2023.',
  }),
  source({
    id: 'ariana-2023-06-11-iea-unsc-report-biased', title: 'IEA says UNSC report on Afghanistan is biased and far from reality', publisher: 'Ariana News',
    url: 'https://www.ariananews.af/iea-says-unsc-report-on-afghanistan-is-biased-and-far-from-reality/', published: day('2023-06-11'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'the-hindu-2023-02-15-afghanistan-primary-source-of-threat', title: 'Afghanistan remains primary source of terrorist threat for Central and South Asia: UN report', publisher: 'The Hindu (PTI)',
    url: 'https://www.thehindu.com/news/international/afghanistan-remains-primary-source-of-terrorist-threat-for-central-and-south-asia-un-report/article66511167.ece',
    published: day('2023-02-15'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'un-monitoring-team-2023-07-25-s-2023-549', title: 'Thirty-second report of the Analytical Support and Sanctions Monitoring Team (S/2023/549)', publisher: 'United Nations Security Council',
    url: 'https://codestin.com/utility/all.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F851131727%2Fexample', published: { ...day('2023-07-25'), text: 'document date' },
    language: 'en', kind: 'intergovernmental-report', mirror: 'scribd.com (through a proxy)',
    notes: 'Read on a mirror of the document, not on the UN’s own site.',
  }),
  // UNODC's figures.
  source({
    id: 'kabulnow-2023-06-afghanistan-80-percent-opium', title: 'Afghanistan produced 80 percent of the world’s opium in 2022, UN report', publisher: 'KabulNow',
    url: 'https://kabulnow.com/2023/06/afghanistan-produced-80-percent-of-the-worlds-opium-in-2022-un-report/', published: range('2023-06-25', '2023-06-26', 'June 2023 (address); day not printed'),
    language: 'en', kind: 'news-report', inferredPublished: 'The address gives June 2023; it reports the World Drug Report released on 25 June 2023 as news.',
  }),
  source({
    id: 'bayan-2023-06-26-80-percent-opium', title: 'Report: 80% of the world’s opium in 2022 will be produced in Afghanistan', publisher: 'Bayan News',
    url: 'https://bayannews.af/en/2023/06/26/report-80-of-the-worlds-opium-in-2022-will-be-produced-in-afghanistan', published: day('2023-06-26'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'app-2022-11-02-opium-cultivation-soars', title: 'Opium cultivation soars in Afghanistan despite Taliban ban: UN', publisher: 'Associated Press of Pakistan (UrduPoint)',
    url: 'https://www.urdupoint.com/en/miscellaneous/opium-cultivation-soars-in-afghanistan-despit-1588068.html', published: day('2022-11-02'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'wion-2022-11-02-opium-cultivation-up', title: 'Opium cultivation up by one-third in Taliban-ruled Afghanistan, UN agency warns', publisher: 'WION',
    url: 'https://www.wionews.com/world/opium-cultivation-up-by-one-third-in-taliban-ruled-afghanistan-un-agency-warns-530525', published: day('2022-11-02'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'reuters-2023-11-05-opium-supply-plummets', title: 'Afghanistan opium poppy supply plummets 95% after Taliban ban – UN', publisher: 'Reuters (The Star)',
    url: 'https://www.thestar.com.my/news/world/2023/11/05/afghanistan-opium-poppy-supply-plummets-95-after-taliban-ban---un', published: day('2023-11-05'), language: 'en', kind: 'news-report',
  }),
  // The Taliban ban, April 2022.
  source({
    id: 'afp-2022-04-04-taliban-chief-bans-poppy', title: 'Taliban chief orders ban on poppy cultivation in Afghanistan', publisher: 'The News International (AFP)',
    url: 'https://www.thenews.com.pk/print/947212-taliban-chief-orders-ban-on-poppy-cultivation-in-afghanistan', published: day('2022-04-04'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'media-line-2022-04-04-no-more-opium', title: 'Taliban Supreme Leader: No More Opium for the Masses', publisher: 'The Media Line',
    url: 'https://themedialine.org/mideast-daily-news/taliban-supreme-leader-no-more-opium-for-the-masses/', published: day('2022-04-04'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'dpa-2022-04-03-taliban-bans-poppy', title: 'Taliban bans cultivation of poppy in Afghanistan', publisher: 'Ghana News Agency (dpa)',
    url: 'https://gna.org.gh/2022/04/taliban-bans-cultivation-of-poppy-in-afghanistan', published: day('2022-04-03'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'xinhua-2022-04-03-supreme-leader-bans-poppy', title: 'Taliban supreme leader bans poppy cultivation in Afghanistan', publisher: 'Siasat Daily (IANS/Xinhua)',
    url: 'https://www.siasat.com/taliban-supreme-leader-bans-poppy-cultivation-in-afghanistan-2301980/', published: day('2022-04-03'), language: 'en', kind: 'news-report',
  }),
  // Tajik seizures, 2021 and 2022.
  source({
    id: 'interfax-2023-08-02-dca-seizures-2022', title: 'В Афганистане площадь посевов опийного мака увеличилась на треть', publisher: 'Novye Izvestia, quoting Interfax',
    url: 'https://newssummedup.com/summary/%D0%92-%D0%90%D1%84%D0%B3%D0%B0%D0%BD%D0%B8%D1%81%D1%82%D0%B0%D0%BD%D0%B5-%D0%BF%D0%BB%D0%BE%D1%89%D0%B0%D0%B4%D1%8C-%D0%BF%D0%BE%D1%81%D0%B5%D0%B2%D0%BE%D0%B2-%D0%BE%D0%BF%D0%B8%D0%B9%D0%BD%D0%BE%D0%B3%D0%BE-%D0%BC%D0%B0%D0%BA%D0%B0-%D1%83%D0%B2%D0%B5%D0%BB%D0%B8%D1%87%D0%B8%D0%BB%D0%B0%D1%81%D1%8C-%D0%BD%D0%B0-%D1%82%D1%80%D0%B5%D1%82%D1%8C-%E2%80%94-%D0%9F%D0%BE%D1%81%D0%BB%D0%B5%D0%B4%D0%BD%D0%B8%D0%B5-%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B8-%D0%B8-%D0%BC%D0%B8%D1%80%D0%B0-%D1%81%D0%B5%D0%B3%D0%BE%D0%B4%D0%BD%D1%8F-ek90el',
    published: day('2023-08-02'), language: 'ru', kind: 'news-report', relay: 'newssummedup.com (aggregator)',
  }),
  source({
    id: 'interfax-2023-08-03-dushanbe-drug-production-rose', title: 'В Афганістані зросло виробництво наркотиків – Душанбе', publisher: 'Interfax-Ukraine relay',
    url: 'https://toneto.net/news/kultura/v-afgan--stan---zroslo-virobnitstvo-narkotik--v---dushanbe', published: day('2023-08-03'), language: 'uk', kind: 'news-report', relay: 'toneto.net',
  }),
  source({
    id: 'asia-plus-2022-02-17-seizures-2021', title: 'Drug seizures in Tajikistan in 2021 (Telegram post; no title)', publisher: 'Asia-Plus',
    url: 'https://parrot.ru/asiaplus/s2/00001/1698.html', published: range('2022-02-16', '2022-02-18', 'about 17 February 2022'), language: 'ru', kind: 'news-report', mirror: 'parrot.ru (archive of the Telegram channel)',
    inferredPublished: 'The archived post shows no exact date; it reports the Drug Control Agency’s press conference of mid-February 2022 that Sputnik dated 17 February.',
  }),
  source({
    id: 'sputnik-2022-02-18-tajikistan-drug-traffic-rise', title: 'Tajikistan reports rise in drug traffic from Afghanistan', publisher: 'Sputnik (UrduPoint)',
    url: 'https://www.urdupoint.com/en/world/tajikistan-reports-rise-in-drug-traffic-from-1472910.html', published: day('2022-02-18'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'interfax-2023-02-03-drug-smuggling-rise', title: 'В Душанбе заявили о росте контрабанды наркотиков из Афганистана', publisher: 'Interfax',
    url: 'https://www.interfax.ru/world/884502', published: day('2023-02-03'), language: 'ru', kind: 'news-report',
  }),
  source({
    id: 'azda-2023-02-more-than-4-tonnes-seized', title: 'В стране изъято более 4 тонн наркотиков', publisher: 'Azda TV', url: 'https://ru.azda.tv/v-stranie-iziato-bolieie-4-tonn-narkotikov-2/',
    published: range('2023-02-03', '2023-02-28', 'not printed'), language: 'ru', kind: 'news-report', inferredPublished: NOT_PRINTED,
  }),
  source({
    id: 'kant-2023-02-16-seized-over-two-years', title: 'В Таджикистане за два года из незаконного оборота изъято 3,4 тонны наркотиков', publisher: 'Kant.kg',
    url: 'https://kant.kg/?p=401231', published: day('2023-02-16'), language: 'ru', kind: 'news-report',
  }),
  // The Qosh Tepa canal.
  source({
    id: 'cawater-2023-qosh-tepa-construction', title: '12.5. Строительство канала Кош-тепа в северном Афганистане (март 2022 г. – март 2023 г.)', publisher: 'CAWater-Info (Scientific Information Center of ICWC), yearbook 2022',
    url: 'http://cawater-info.net/yearbook/2022/12_yearbook2022_05_ru.htm', published: { start: '2023-01-01', end: '2023-12-31', precision: 'year' }, language: 'ru', kind: 'agency-report',
  }),
  source({
    id: 'washington-post-2023-08-qosh-tepa-canal', title: 'Taliban bringing water to Afghanistan’s parched plains via massive canal', publisher: 'The Washington Post',
    url: 'https://afghanistanpeacecampaign.org/2023/08/25/taliban-bringing-water-to-afghanistans-parched-plains-via-massive-canal', published: day('2023-08-25'), language: 'en', kind: 'news-report', mirror: 'afghanistanpeacecampaign.org',
  }),
  source({
    id: 'anadolu-2023-10-12-qosh-tepa-first-phase', title: '1st phase of crucial irrigation canal in northern Afghanistan completed', publisher: 'The Express Tribune (Anadolu)',
    url: 'https://tribune.com.pk/story/2440532/1st-phase-of-crucial-irrigation-canal-in-northern-afghanistan-completed', published: day('2023-10-12'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'salamnews-2023-03-28-canal-first-stages', title: 'Афганистан завершает первые этапы мегапроекта по возведению канала начинающего с Амударьи', publisher: 'SalamNews',
    url: 'https://salamnews.tm/rus/news/blog/afganistan-zavershaet-pervye-etapy-megaproekta-po-vozvedeniiu-kanala-nachinaiushchego-s-amudar-i-06b7ce', published: day('2023-03-28'), language: 'ru', kind: 'news-report',
  }),
  source({
    id: 'uza-2023-08-water-security-format', title: 'A new format on the way to achieve water and environmental security', publisher: 'UzA (National News Agency of Uzbekistan)',
    url: 'https://uza.uz/en/posts/a-new-format-on-the-way-to-achieve-water-and-environmental-security_508666', published: month('2023-08', '31'), language: 'en', kind: 'news-report',
  }),
  // Taliban statements.
  source({
    id: 'anadolu-2023-08-27-taliban-rebuffs-un-report', title: 'Taliban rebuffs UN report claiming presence of terror groups in Afghanistan', publisher: 'A News (Anadolu)',
    url: 'https://www.anews.com.tr/world/2023/08/27/taliban-rebuffs-un-report-claiming-presence-of-terror-groups-in-afghanistan', published: day('2023-08-27'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'tolonews-2023-09-09-al-qaeda-unlikely-to-revive', title: 'US Officials: Unlikely Al Qaeda Will Revive in Afghanistan', publisher: 'TOLOnews',
    url: 'https://afghanistanpeacecampaign.org/2023/09/09/us-officials-unlikely-al-qaeda-will-revive-in-afghanistan/', published: day('2023-09-09'), language: 'en', kind: 'news-report', mirror: 'afghanistanpeacecampaign.org',
  }),
  source({
    id: 'bayan-2023-06-11-mujahid-report-baseless', title: 'Mujahid considered the Security Council’s report baseless and biased', publisher: 'Bayan News',
    url: 'https://bayannews.af/en/2023/06/11/mujahid-considered-the-security-councils-report-baseless-and-biased/', published: day('2023-06-11'), language: 'en', kind: 'news-report',
  }),
  source({
    id: 'tkg-2023-08-09-soil-not-a-threat', title: 'Zabihullah Mujahid: Afghanistan’s Soil Is Not A Threat To Any other country', publisher: 'TKG',
    url: 'https://tkg.af/english/2023/08/09/zabihullah-mujahid-afghanistans-soil-is-not-a-threat-to-any-other-country/', published: day('2023-08-09'), language: 'en', kind: 'news-report',
  }),
];
