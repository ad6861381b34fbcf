package org.hallkiosk.content.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.hallkiosk.content.calendar.HallCalendar;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ContentVersion;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.ExerciseLevel;
import org.hallkiosk.content.model.Fees;
import org.hallkiosk.content.model.Hall;
import org.hallkiosk.content.model.ItemType;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.Online;
import org.hallkiosk.content.model.Outcome;
import org.hallkiosk.content.model.Phones;
import org.hallkiosk.content.model.Portal;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.model.Step;
import org.hallkiosk.content.model.TimeLimit;
import org.hallkiosk.content.model.TimeLimits;
import org.hallkiosk.content.model.Venue;

/**
 * A province-scale catalogue for the benchmark: names, aliases, departments and materials composed from the
 * vocabulary of real service items (subjects × actions × cases), with a fixed seed so every run indexes the
 * same 20,000 items.
 */
final class SyntheticCatalogue {

    static final String[] SUBJECTS = {
        "公司", "个体工商户", "农民专业合作社", "食品经营许可", "食品生产许可", "药品经营许可证", "医疗器械经营", "居民身份证", "户口",
        "居住证", "社会保障卡", "住房公积金", "不动产", "婚姻", "机动车驾驶证", "机动车", "建设工程规划许可证", "建筑工程施工许可证",
        "医师执业", "护士执业", "教师资格", "失业保险金", "基本养老保险", "基本医疗保险", "工伤保险", "生育保险", "法律援助", "出生医学证明",
        "道路运输经营许可证", "排水许可", "取水许可", "烟草专卖零售许可证", "营业性演出许可", "网络文化经营许可证", "林木采伐许可证",
        "危险化学品经营许可证", "人力资源服务许可", "劳务派遣经营许可", "民办学校办学许可", "医疗机构执业许可", "公共场所卫生许可",
        "特种设备使用登记", "燃气经营许可", "出版物零售", "种子生产经营许可证", "农药经营许可证", "兽药经营许可证", "动物防疫条件合格证",
        "渔业捕捞许可证", "建筑业企业资质", "房地产开发企业资质", "商品房预售许可", "收养登记", "社会团体登记", "民办非企业单位登记",
        "残疾人证", "退役军人优待证", "无犯罪记录证明", "户籍证明", "发票", "个人所得税", "城乡居民养老保险", "最低生活保障", "特困人员救助供养",
        "临时救助", "高龄津贴", "就业创业证", "职业技能等级", "专业技术职务任职资格", "档案", "银行账户", "重庆市异地就医", "长期护理保险",
    };

    static final String[] ACTIONS = {
        "设立登记", "变更登记", "注销登记", "核发", "延续", "补领", "换领", "申领", "备案", "查询", "证明开具", "认定", "审批", "注册",
        "提取", "转移接续", "年度报告", "资格认定", "待遇申领", "参保登记", "信息变更", "停保", "续保", "撤销",
    };

    static final String[] CASES = {
        "", "", "", "（新办）", "（变更）", "（延续）", "（注销）", "（遗失补领）", "（个人）", "（单位）", "（县级权限）", "（首次）",
        "（期满换证）", "（跨省）", "（市内）", "（购房）", "（离休、退休）", "（偿还贷款）", "（租赁住房）",
    };

    static final String[] PLACES = {
        "东城", "西城", "南湖", "北岭", "江滨", "山阳", "清河", "长宁", "银川路", "重阳", "新区", "高新", "经开", "临港", "滨海", "河西",
        "城关", "古镇", "金沙", "石桥",
    };

    static final String[] DEPARTMENT_TYPES = {
        "市场监督管理局", "公安分局", "人力资源和社会保障局", "医疗保障局", "住房公积金管理部", "不动产登记中心", "自然资源和规划局",
        "民政局", "卫生健康局", "司法局", "住房和城乡建设局", "教育局", "税务局", "交通运输局", "农业农村局", "文化和旅游局",
    };

    static final String[] MATERIALS = {
        "申请书", "居民身份证", "居民户口簿", "营业执照", "授权委托书及代理人身份证明", "公司章程", "住所（经营场所）相关文件",
        "不动产权属证书", "买卖合同", "结婚证", "出生医学证明", "近期免冠照片", "身体条件证明", "医师资格证书", "学历证书", "体检合格证明",
        "本人银行卡", "购房合同", "房屋租赁合同", "终止或者解除劳动关系的证明", "劳动合同", "医疗诊断证明", "工伤认定申请表",
        "建设工程设计方案", "使用土地的有关证明文件", "施工合同", "资金落实承诺书", "食品安全管理制度", "设备设施布局图", "检验报告",
        "完税凭证", "离婚协议书", "户口迁移证明", "准迁证", "死亡证明", "火化证明", "残疾评定表", "退役证", "社会保障卡", "银行开户许可证",
    };

    static final String[] ALIAS_VERBS = {"办", "补办", "申请", "怎么办", "去哪办", "换", "开", "领"};

    private SyntheticCatalogue() {
    }

    /** {@code count} items over departments of twenty districts. */
    static Catalogue generate(int count, long seed) {
        Random rnd = new Random(seed);
        List<Department> departments = new ArrayList<>();
        for (String place : PLACES) {
            for (int t = 0; t < DEPARTMENT_TYPES.length; t++) {
                String name = place + "区" + DEPARTMENT_TYPES[t];
                departments.add(new Department("d" + departments.size(), name, name.substring(0, Math.min(8, name.length())),
                        null, Phones.none(), null));
            }
        }
        ItemType type = new ItemType("01", "行政许可");
        List<ServiceItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
            String name = subject + ACTIONS[rnd.nextInt(ACTIONS.length)] + CASES[rnd.nextInt(CASES.length)];
            Set<String> aliases = new LinkedHashSet<>();
            for (int a = rnd.nextInt(4); a > 0; a--) {
                aliases.add(ALIAS_VERBS[rnd.nextInt(ALIAS_VERBS.length)] + subject);
            }
            List<Material> materials = new ArrayList<>();
            Set<String> chosen = new LinkedHashSet<>();
            for (int m = 3 + rnd.nextInt(4); m > 0; m--) {
                chosen.add(MATERIALS[rnd.nextInt(MATERIALS.length)]);
            }
            for (String m : chosen) {
                materials.add(new Material(m, 1, 0, null, null, null, null, null));
            }
            Department d = departments.get(rnd.nextInt(departments.size()));
            items.add(new ServiceItem(String.format("BENCH-%05d", i), name, null, null, type, ExerciseLevel.COUNTY, d.id(),
                    d.name(), List.of(Audience.PERSON), List.of(), List.of("《示例法》"), List.of("条件"), materials,
                    List.of(new Step("申请", null)), new TimeLimits(Optional.empty(), TimeLimit.onTheSpot()), Fees.none(), 1,
                    Online.unavailable(), Venue.standard(), Phones.none(), new Outcome("结果", null, List.of("窗口领取")),
                    List.copyOf(aliases), List.of(), null));
        }
        Hall hall = new Hall("基准测试省", "基准", "—", List.of(), Phones.none(),
                new Portal("https://zwfw.example.org", "https://zwfw.example.org/guide?code={code}"), List.of(type),
                HallCalendar.weekdaysOnly(), null);
        return new Catalogue(hall, departments, List.of(), items, List.of(), List.of(),
                new ContentVersion("bench", Instant.EPOCH, "synthetic", 0));
    }
}
