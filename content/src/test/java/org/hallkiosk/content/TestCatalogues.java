package org.hallkiosk.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** Small catalogues built in code, for tests that need exact control over names, aliases and materials. */
public final class TestCatalogues {

    private TestCatalogues() {
    }

    /** An item of department {@code departmentId} with the given searchable texts. */
    public static ServiceItem item(String code, String name, String departmentId, List<String> aliases, List<String> materials) {
        List<Material> ms = new ArrayList<>();
        for (String m : materials) {
            ms.add(new Material(m, 1, 0, null, null, null, null, null));
        }
        return new ServiceItem(code, name, null, null, new ItemType("20", "公共服务"), ExerciseLevel.COUNTY, departmentId,
                "示例机关", List.of(Audience.PERSON), List.of(), List.of("《示例法》"), List.of("条件"), ms,
                List.of(new Step("申请", null)), new TimeLimits(java.util.Optional.empty(), TimeLimit.onTheSpot()), Fees.none(), 1,
                Online.unavailable(), Venue.standard(), Phones.none(), new Outcome("结果", null, List.of("窗口领取")),
                aliases, List.of(), null);
    }

    /** A catalogue of these departments and items, no lines, no announcements. */
    public static Catalogue of(List<Department> departments, List<ServiceItem> items) {
        Hall hall = new Hall("测试大厅", "测试", "测试路 1 号", List.of(), new Phones("12345", "12345"),
                new Portal("https://zwfw.example.org", "https://zwfw.example.org/guide?code={code}"),
                List.of(new ItemType("20", "公共服务")), HallCalendar.weekdaysOnly(), null);
        return new Catalogue(hall, departments, List.of(), items, List.of(), List.of(),
                new ContentVersion("test", Instant.EPOCH, "test", 0));
    }

    /** A department with just an id and a name. */
    public static Department department(String id, String name) {
        return new Department(id, name, name.length() > 8 ? name.substring(0, 8) : name, null, Phones.none(), null);
    }
}
