package org.hallkiosk.content.model;

import java.util.Objects;

/**
 * One row of the item-type lookup table (事项类型) in hall.yaml, e.g. 01 行政许可 or 20 公共服务.
 * A table rather than an enum because provinces add local codes (30 政府内部审批 …).
 */
public record ItemType(String code, String name) {
    public ItemType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
