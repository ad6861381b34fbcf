package org.hallkiosk.content.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.hallkiosk.content.ContentFixture;
import org.hallkiosk.content.load.LoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken fixture per validation rule: the bundled content with a single edit, and the exact
 * {@code file:line:column: message} the operator gets for it.
 */
class ValidationRulesTest {

    private static final String COMPANY = "items/scjg-gongsi-sheli.yaml";
    private static final String ID_CARD = "items/ga-sfz-huanling.yaml";
    private static final String FUND = "items/gjj-tiqu-goufang.yaml";

    @TempDir
    Path dir;

    ContentFixture fx;

    @BeforeEach
    void copyBundled() {
        fx = ContentFixture.bundledIn(dir);
    }

    /** Loads, expects refusal, and returns the printed problems. */
    private LoadResult refused() {
        LoadResult r = fx.load();
        assertThat(r.isValid()).as("content should be refused: %s", ContentFixture.printed(r)).isFalse();
        return r;
    }

    private void assertError(LoadResult r, String file, String position, String fragment) {
        assertThat(r.errors()).as(ContentFixture.printed(r).toString())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.line() + ":" + p.column()).isEqualTo(position);
                    assertThat(p.message()).contains(fragment);
                });
    }

    @Test
    void theUntouchedCopyIsValid() {
        LoadResult r = fx.load();
        assertThat(r.errors()).isEmpty();
        assertThat(r.isValid()).isTrue();
    }

    @Nested
    class Syntax {
        @Test
        void yamlSyntaxErrorPointsAtTheLine() {
            fx.replace(COMPANY, "name: 公司设立登记\n", "name: 公司设立登记\n  bad: [unclosed\n");
            LoadResult r = refused();
            assertThat(r.errors()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(COMPANY);
                assertThat(p.message()).startsWith("YAML 语法错误");
                assertThat(p.line()).isBetween(6, 8);
            });
        }

        @Test
        void tabIndentationIsExplained() {
            fx.replace(COMPANY, "  - 《中华人民共和国公司法》", "\t- 《中华人民共和国公司法》");
            LoadResult r = refused();
            assertThat(r.errors()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(COMPANY);
                assertThat(p.message()).startsWith("YAML 语法错误");
            });
        }

        @Test
        void gbkEncodedFileIsRefusedWithAHint() {
            fx.writeBytes(COMPANY, fx.read(COMPANY).getBytes(Charset.forName("GBK")));
            assertError(refused(), COMPANY, "1:1", "不是 UTF-8");
        }

        @Test
        void emptyFile() {
            fx.write("themes.yaml", "# nothing yet\n");
            assertError(refused(), "themes.yaml", "1:1", "文件是空的");
        }

        @Test
        void duplicateKeyPointsAtTheSecondOne() {
            fx.replace(COMPANY, "visits: 1\n", "visits: 1\nvisits: 2\n");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "visits: 2"), "重复的键 'visits'");
        }

        @Test
        void secondYamlDocumentIsRefused() {
            fx.write(COMPANY, fx.read(COMPANY) + "---\ncode: X\n");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "code: X"), "只能有一个 YAML 文档");
        }

        @Test
        void missingRequiredFile() {
            fx.delete("themes.yaml");
            assertError(refused(), "themes.yaml", "1:1", "缺少文件 themes.yaml");
        }

        @Test
        void emptyItemsFolder() throws Exception {
            try (var s = java.nio.file.Files.list(dir.resolve("items"))) {
                s.forEach(p -> p.toFile().delete());
            }
            fx.replace("lines.yaml", "    items: [99010100MZ-JF-0004]\n", "");
            assertError(refused(), "items/", "1:1", "没有事项文件");
        }
    }

    @Nested
    class Schema {
        @Test
        void missingRequiredKeyNamesIt() {
            fx.replace(COMPANY, "implementingBody: 示例区市场监督管理局\n", "");
            // A missing key is reported where the item's mapping starts: its first key, after the comments.
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "code: "), "缺少必填项 'implementingBody'");
        }

        @Test
        void misspelledKeyPointsAtTheKeyAndListsTheAllowedOnes() {
            fx.replace(COMPANY, "materials:\n", "materails:\n");
            LoadResult r = refused();
            assertError(r, COMPANY, fx.positionOf(COMPANY, "materails:"), "不认识的键 'materails'");
            assertThat(r.errors()).anySatisfy(p -> assertThat(p.message()).contains("materials"));
        }

        @Test
        void wrongType() {
            fx.replace(COMPANY, "visits: 1\n", "visits: 一次\n");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "一次"), "'visits' 应为整数，实际是文本");
        }

        @Test
        void valueOutsideTheEnumListsTheChoices() {
            fx.replace(COMPANY, "level: 区县级", "level: 县级");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "县级\ndepartment"), "区县级");
        }

        @Test
        void malformedBasicCode() {
            fx.replace(COMPANY, "basicCode: \"00013112700401\"", "basicCode: \"0001311\"");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "\"0001311\""), "'basicCode' 的值 '0001311' 格式不对");
        }

        @Test
        void timeLimitWithoutAUnit() {
            fx.replace(COMPANY, "promised: 1 工作日", "promised: 1天");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "1天"), "即办、N 工作日 或 N 自然日");
        }

        @Test
        void feesAsTextMustSayNoCharge() {
            fx.replace(COMPANY, "fees: 不收费", "fees: 免费");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "免费"), "只能写 不收费");
        }

        @Test
        void impossibleDate() {
            fx.replace("hall.yaml", "- 2026-02-28\n", "- 2026-02-30\n");
            assertError(refused(), "hall.yaml", fx.positionOf("hall.yaml", "2026-02-30"), "不是有效的日期");
        }

        @Test
        void unquotedTimeStillReadsAsATime() {
            fx.replace("hall.yaml", "{from: \"14:00\", to: \"17:30\"}", "{from: 14:00, to: \"17:30\"}");
            LoadResult r = fx.load();
            assertThat(r.errors()).isEmpty();
            assertThat(r.orThrow().hall().openingHours().get(0).sessions().get(1).from())
                    .isEqualTo(java.time.LocalTime.of(14, 0));
        }

        @Test
        void unquotedLeadingZeroCodeStaysACode() {
            fx.replace("themes.yaml", "{code: \"010\", name: 户籍办理}", "{code: 010, name: 户籍办理}");
            assertThat(fx.load().errors()).isEmpty();
        }
    }

    @Nested
    class References {
        @Test
        void unknownDepartmentInAnItem() {
            fx.replace(COMPANY, "department: scjg", "department: scjj");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "scjj"), "未知部门 'scjj'");
        }

        @Test
        void unknownTheme() {
            fx.replace(COMPANY, "themes: [法人/设立变更]", "themes: [法人/开办企业]");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "法人/开办企业"), "未知主题 '法人/开办企业'");
        }

        @Test
        void themeOfTheOtherAudience() {
            fx.replace(COMPANY, "themes: [法人/设立变更]", "themes: [个人/设立变更]");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "个人/设立变更"), "audiences 里没有个人");
        }

        @Test
        void unknownItemType() {
            fx.replace(COMPANY, "type: 行政许可", "type: 许可");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "许可\n"), "未知的事项类型 '许可'");
        }

        @Test
        void unknownDepartmentInALine() {
            fx.replace("lines.yaml", "departments: [gjj]", "departments: [gjjj]");
            assertError(refused(), "lines.yaml", fx.positionOf("lines.yaml", "gjjj"), "未知部门 'gjjj'");
        }

        @Test
        void aLineOnFloorZero() {
            fx.replace("lines.yaml", "    floor: 3\n    zone: B\n", "    floor: 0\n    zone: B\n");
            assertError(refused(), "lines.yaml", fx.positionOf("lines.yaml", "0\n    zone: B"), "没有 0 楼");
        }

        @Test
        void unknownItemInALine() {
            fx.replace("lines.yaml", "items: [99010100MZ-JF-0004]", "items: [99010100MZ-JF-0099]");
            assertError(refused(), "lines.yaml", fx.positionOf("lines.yaml", "99010100MZ-JF-0099"), "未知事项编码 '99010100MZ-JF-0099'");
        }

        @Test
        void unknownLineInAnAnnouncement() {
            fx.replace("announcements.yaml", "lines: [B]\n", "lines: [Z]\n");
            assertError(refused(), "announcements.yaml", fx.positionOf("announcements.yaml", "Z]"), "未知业务线 'Z'");
        }

        @Test
        void itemClaimedByTwoLines() {
            fx.replace("lines.yaml", "    departments: [bdc]\n", "    departments: [bdc]\n    items: [99010100MZ-JF-0004]\n");
            assertError(refused(), "lines.yaml", fx.positionOf("lines.yaml", "99010100MZ-JF-0004]\n    note: 每日"),
                    "事项 '99010100MZ-JF-0004' 已经写在业务线 A 里");
        }

        @Test
        void departmentClaimedByTwoLines() {
            fx.replace("lines.yaml", "departments: [gjj]", "departments: [gjj, bdc]");
            assertError(refused(), "lines.yaml", fx.positionOf("lines.yaml", "bdc]\n\n  - prefix: F"), "部门 'bdc' 已经归业务线 B");
        }

        @Test
        void aLineNamingAnItemWhoseFileIsBrokenIsNotReportedTwice() {
            fx.replace("items/mz-dibao.yaml", "visits: 1", "visits: once");
            LoadResult r = refused();
            assertThat(r.errors()).noneSatisfy(p -> assertThat(p.message()).contains("未知事项编码"));
        }
    }

    @Nested
    class Uniqueness {
        @Test
        void duplicateItemCodeAcrossFilesIgnoringCase() {
            fx.write("items/zz-copy.yaml", fx.read(COMPANY).replace("99010100SJ-XK-0001", "99010100sj-xk-0001"));
            assertError(refused(), "items/zz-copy.yaml", fx.positionOf("items/zz-copy.yaml", "99010100sj-xk-0001"),
                    "事项编码 '99010100sj-xk-0001' 重复：" + COMPANY);
        }

        @Test
        void duplicateDepartmentId() {
            fx.replace("departments.yaml", "  - id: sfj\n", "  - id: jyj\n");
            String firstLine = fx.positionOf("departments.yaml", "jyj").split(":")[0];
            assertError(refused(), "departments.yaml", fx.positionOf("departments.yaml", "jyj\n    name: 示例区教育局"),
                    "部门 id 'jyj' 重复（第 " + firstLine + " 行已有）");
        }

        @Test
        void duplicateLinePrefix() {
            fx.replace("lines.yaml", "  - prefix: F\n", "  - prefix: E\n");
            LoadResult r = refused();
            assertThat(r.errors()).anySatisfy(p -> assertThat(p.message()).contains("业务线前缀 'E' 重复"));
        }

        @Test
        void duplicateThemeCode() {
            fx.replace("themes.yaml", "{code: \"999\", name: 其他}\n\n法人", "{code: \"010\", name: 其他}\n\n法人");
            LoadResult r = refused();
            assertThat(r.errors()).anySatisfy(p -> assertThat(p.message()).contains("个人主题代码 '010' 重复"));
        }

        @Test
        void duplicateAnnouncementId() {
            fx.replace("announcements.yaml", "  - id: elder-mode\n", "  - id: bdc-quota\n");
            LoadResult r = refused();
            assertThat(r.errors()).anySatisfy(p -> assertThat(p.message()).contains("公告 id 'bdc-quota' 重复"));
        }

        @Test
        void duplicateItemTypeCode() {
            fx.replace("hall.yaml", "{code: \"20\", name: 公共服务}", "{code: \"10\", name: 公共服务}");
            LoadResult r = refused();
            assertThat(r.errors()).anySatisfy(p -> assertThat(p.message()).contains("事项类型代码 '10' 重复"));
        }

        @Test
        void duplicateItemTypeName() {
            fx.replace("hall.yaml", "{code: \"20\", name: 公共服务}", "{code: \"20\", name: 行政许可}");
            assertError(refused(), "hall.yaml", fx.positionOf("hall.yaml", "行政许可}\n\n"), "事项类型名称 '行政许可' 重复");
        }

        @Test
        void duplicateDepartmentName() {
            fx.replace("departments.yaml", "name: 示例区司法局", "name: 示例区教育局");
            assertThat(refused().errors()).anySatisfy(p -> assertThat(p.message()).contains("部门名称 '示例区教育局' 重复"));
        }

        @Test
        void duplicateThemeName() {
            fx.replace("themes.yaml", "{code: \"999\", name: 其他}\n\n法人", "{code: \"999\", name: 户籍办理}\n\n法人");
            assertThat(refused().errors()).anySatisfy(p -> assertThat(p.message()).contains("个人主题名称 '户籍办理' 重复"));
        }

        @Test
        void sameWeekdayTwiceInOpeningHours() {
            fx.replace("hall.yaml", "  - days: [周一, 周二, 周三, 周四, 周五]\n",
                    "  - days: [周六]\n    sessions: [{from: \"09:00\", to: \"12:00\"}]\n  - days: [周一, 周二, 周三, 周四, 周五, 周六]\n");
            assertError(refused(), "hall.yaml", fx.positionOf("hall.yaml", "周六]\n    sessions:\n"), "周六 在 openingHours 里出现了两次");
        }

        @Test
        void duplicateImplementationCode() {
            String impl = "implementationCode: \"11990101MB0000000X400013112700401\"\n";
            fx.replace(COMPANY, "type: 行政许可\n", impl + "type: 行政许可\n");
            fx.write("items/zz-copy.yaml", fx.read(COMPANY).replace("99010100SJ-XK-0001", "99010100SJ-XK-9999"));
            assertError(refused(), "items/zz-copy.yaml", fx.positionOf("items/zz-copy.yaml", "\"11990101"), "实施编码 '11990101MB0000000X400013112700401' 与 " + COMPANY + " 相同");
        }
    }

    @Nested
    class Codes {
        @Test
        void implementationCodeLevelDigitMustMatchTheLevel() {
            fx.replace(COMPANY, "type: 行政许可\n", "implementationCode: \"11990101MB0000000X300013112700401\"\ntype: 行政许可\n");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "\"11990101"), "层级代码 3");
        }

        @Test
        void implementationCodeMustEndWithTheBasicCode() {
            fx.replace(COMPANY, "type: 行政许可\n", "implementationCode: \"11990101MB0000000X400013112700402\"\ntype: 行政许可\n");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "\"11990101"), "末尾应是基本编码 00013112700401");
        }
    }

    @Nested
    class TimeLimits {
        @Test
        void promisedLongerThanStatutoryInTheSameUnit() {
            fx.replace(COMPANY, "promised: 1 工作日", "promised: 5 工作日");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "5 工作日"), "承诺时限 5 工作日 长于法定时限 3 工作日");
        }

        @Test
        void workingDaysPromiseThatCanOutrunCalendarDaysOverAHoliday() {
            // 3 working days never exceed 3 calendar days? They do: accepted on a Friday, they end on Wednesday.
            fx.replace(FUND, "  promised: 即办\n", "  promised: 3 工作日\n");
            assertError(refused(), FUND, fx.positionOf(FUND, "3 工作日"), "遇到长假时最长要");
        }

        @Test
        void calendarDaysPromiseAgainstAWorkingDaysStatute() {
            fx.replace(COMPANY, "promised: 1 工作日", "promised: 9 自然日");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "9 自然日"), "最多可含");
        }

        @Test
        void onTheSpotStatuteAllowsOnlyAnOnTheSpotPromise() {
            String marriage = "items/mz-jiehun-dengji.yaml";
            fx.replace(marriage, "  promised: 即办", "  promised: 1 工作日");
            assertError(refused(), marriage, fx.positionOf(marriage, "1 工作日"), "法定时限是即办");
        }

        @Test
        void aPromiseWithinTheStatuteIsAccepted() {
            fx.replace(ID_CARD, "promised: 15 工作日", "promised: 30 工作日");
            assertThat(fx.load().errors()).isEmpty();
        }
    }

    @Nested
    class FeesAndMaterials {
        @Test
        void feeWithoutBasis() {
            fx.replace(ID_CARD, "{name: 居民身份证工本费（损坏换领）, amount: 40, unit: 元/证, basis: 发改价格〔2003〕2322号}",
                    "{name: 居民身份证工本费（损坏换领）, amount: 40, unit: 元/证}");
            assertError(refused(), ID_CARD, fx.positionOf(ID_CARD, "{name: 居民身份证工本费（损坏换领）") .replaceFirst(":\\d+$", ":5"),
                    "没有收费依据");
        }

        @Test
        void materialWithoutACount() {
            fx.replace(COMPANY, "{name: 公司章程, original: 1, source: 申请人自备}", "{name: 公司章程, source: 申请人自备}");
            assertError(refused(), COMPANY, fx.positionOf(COMPANY, "{name: 公司章程").replaceFirst(":\\d+$", ":5"), "材料 '公司章程' 没有份数");
        }

        @Test
        void materialWithZeroCounts() {
            fx.replace(COMPANY, "{name: 公司章程, original: 1, source: 申请人自备}", "{name: 公司章程, original: 0, copies: 0}");
            assertThat(refused().errors()).anySatisfy(p -> assertThat(p.message()).contains("没有份数"));
        }
    }

    @Nested
    class CalendarAndHours {
        @Test
        void makeUpWorkdayInsideAHoliday() {
            fx.replace("hall.yaml", "- 2026-10-10\n", "- 2026-10-03\n");
            assertError(refused(), "hall.yaml", fx.positionOf("hall.yaml", "2026-10-03"), "既是放假日又是调休上班日");
        }

        @Test
        void holidayEndingBeforeItStarts() {
            fx.replace("hall.yaml", "{name: 端午节, from: 2026-06-19, to: 2026-06-21}", "{name: 端午节, from: 2026-06-19, to: 2026-06-12}");
            assertError(refused(), "hall.yaml", fx.positionOf("hall.yaml", "2026-06-12"), "早于开始日");
        }

        @Test
        void sameYearTwice() {
            fx.replace("hall.yaml", "  - year: 2027\n", "  - year: 2026\n");
            assertThat(refused().errors()).anySatisfy(p -> assertThat(p.message()).contains("2026 年出现了两次"));
        }

        @Test
        void sessionEndingBeforeItStarts() {
            fx.replace("hall.yaml", "{from: \"14:00\", to: \"17:30\"}", "{from: \"14:00\", to: \"13:30\"}");
            assertError(refused(), "hall.yaml", fx.positionOf("hall.yaml", "\"13:30\""), "不晚于开始时间");
        }

        @Test
        void overlappingSessions() {
            fx.replace("lines.yaml", "{from: \"14:00\", to: \"17:00\"}", "{from: \"11:00\", to: \"17:00\"}");
            assertError(refused(), "lines.yaml", fx.positionOf("lines.yaml", "\"11:00\""), "重叠");
        }

        @Test
        void announcementEndingBeforeItStarts() {
            fx.replace("announcements.yaml", "    title: 大字版\n", "    title: 大字版\n    from: 2026-07-01\n    until: 2026-06-30\n");
            assertError(refused(), "announcements.yaml", fx.positionOf("announcements.yaml", "2026-06-30"), "早于开始日期");
        }
    }

    @Nested
    class Warnings {
        private LoadResult acceptedWithWarning(String file, String position, String fragment) {
            LoadResult r = fx.load();
            assertThat(r.isValid()).as(ContentFixture.printed(r).toString()).isTrue();
            assertThat(r.warnings()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(file);
                if (position != null) {
                    assertThat(p.line() + ":" + p.column()).isEqualTo(position);
                }
                assertThat(p.message()).contains(fragment);
            });
            return r;
        }

        @Test
        void itemWithoutAliases() {
            fx.replace(COMPANY, "aliases: [开公司, 注册公司, 公司注册, 成立公司, 办营业执照]\n", "");
            acceptedWithWarning(COMPANY, fx.positionOf(COMPANY, "公司设立登记\nsummary"), "没有别名");
        }

        @Test
        void itemNoLineServes() {
            fx.replace("lines.yaml", "    items: [99010100MZ-JF-0004]\n", "");
            fx.replace("lines.yaml", "    departments: [mzj]\n", "");
            acceptedWithWarning("items/mz-dibao.yaml", null, "没有业务线受理这个事项");
        }

        @Test
        void expiredAnnouncement() {
            fx.replace("announcements.yaml", "    title: 大字版\n", "    title: 大字版\n    until: 2026-01-31\n");
            acceptedWithWarning("announcements.yaml", fx.positionOf("announcements.yaml", "2026-01-31"), "已于 2026-01-31 过期");
        }

        @Test
        void makeUpWorkdayOnAWeekday() {
            fx.replace("hall.yaml", "- 2026-10-10\n", "- 2026-10-12\n");
            acceptedWithWarning("hall.yaml", fx.positionOf("hall.yaml", "2026-10-12"), "本来就上班");
        }

        @Test
        void materialListedTwice() {
            fx.replace(COMPANY, "{name: 公司章程, original: 1, source: 申请人自备}\n",
                    "{name: 公司章程, original: 1, source: 申请人自备}\n  - {name: 公司章程, copies: 1}\n");
            acceptedWithWarning(COMPANY, null, "材料 '公司章程' 列了两次");
        }

        @Test
        void noVisitButNotOnline() {
            fx.replace("items/rs-danwei-canbao.yaml", "online: {available: true}", "online: {available: false}");
            acceptedWithWarning("items/rs-danwei-canbao.yaml", null, "零跑动");
        }

        @Test
        void feesNotStated() {
            acceptedWithWarning("items/jg-jiashizheng-huanzheng.yaml", null, "没有写收费信息");
        }

        @Test
        void yearNotCovered() {
            LoadResult r = new org.hallkiosk.content.load.CatalogueLoader(java.time.Clock.fixed(
                    java.time.Instant.parse("2029-03-01T00:00:00Z"), java.time.ZoneOffset.UTC)).load(dir);
            assertThat(r.isValid()).isTrue();
            assertThat(r.warnings()).anySatisfy(p -> assertThat(p.message()).contains("没有今年（2029）"));
        }

        @Test
        void itemWithoutThemes() {
            fx.replace(COMPANY, "themes: [法人/设立变更]", "themes: []");
            acceptedWithWarning(COMPANY, fx.positionOf(COMPANY, "[]"), "没有主题分类");
        }

        @Test
        void sameBasicCodeTwice() {
            fx.replace("items/scjg-gongsi-biangeng.yaml", "basicCode: \"00013112700402\"", "basicCode: \"00013112700401\"");
            acceptedWithWarning("items/scjg-gongsi-sheli.yaml", null, "基本编码 '00013112700401' 与 items/scjg-gongsi-biangeng.yaml 相同");
        }

        @Test
        void holidayOutsideItsYear() {
            fx.replace("hall.yaml", "{name: 端午节, from: 2026-06-19, to: 2026-06-21}", "{name: 端午节, from: 2025-06-19, to: 2025-06-21}");
            acceptedWithWarning("hall.yaml", fx.positionOf("hall.yaml", "2025-06-19"), "不在 2026 年内");
        }

        @Test
        void stopIssuingLongerThanASession() {
            fx.replace("lines.yaml", "{from: \"08:30\", to: \"11:30\"}", "{from: \"08:30\", to: \"08:50\"}");
            acceptedWithWarning("lines.yaml", null, "这个时段取不到号");
        }

        @Test
        void fileOutsideTheCatalogueIsIgnoredWithAWarning() {
            fx.write("notes.yaml", "a: 1\n");
            acceptedWithWarning("notes.yaml", "1:1", "不是内容文件");
        }
    }

    @Test
    void everyErrorIsReportedInOneRunSortedByFile() {
        fx.replace(COMPANY, "department: scjg", "department: nope");
        fx.replace(ID_CARD, "{name: 居民身份证工本费（损坏换领）, amount: 40, unit: 元/证, basis: 发改价格〔2003〕2322号}",
                "{name: 居民身份证工本费（损坏换领）, amount: 40, unit: 元/证}");
        fx.replace("lines.yaml", "departments: [gjj]", "departments: [gjjj]");
        fx.replace("hall.yaml", "- 2026-10-10\n", "- 2026-10-03\n");
        LoadResult r = refused();
        assertThat(r.errors()).extracting(Problem::file)
                .containsExactly("hall.yaml", ID_CARD, COMPANY, "lines.yaml");
        assertThat(ContentFixture.printed(r)).allSatisfy(line -> assertThat(line).matches("[^:]+:\\d+:\\d+: .+"));
    }
}
