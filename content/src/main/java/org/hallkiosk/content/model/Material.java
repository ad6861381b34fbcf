package org.hallkiosk.content.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One material (申请材料) of an item: how many originals (原件) and copies (复印件) to bring, whether it is
 * always required or only in a stated situation ({@code condition}), where it comes from (来源渠道), and
 * the file names of the blank form (空白表格) and filled sample (示例样表) if the hall publishes them.
 */
public record Material(String name, int originals, int copies, String condition, String source,
                       String blankForm, String sample, String note) {
    public Material {
        Objects.requireNonNull(name, "name");
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("material counts cannot be negative: " + name);
        }
    }

    /** True when the material is needed in every case (必要); false when only under {@link #condition()}. */
    public boolean required() {
        return condition == null;
    }

    /** The situation in which a conditional material is needed (e.g. 委托代理人办理的). */
    public Optional<String> conditionText() {
        return Optional.ofNullable(condition);
    }

    /** 来源渠道, e.g. 申请人自备 or 政府部门核发. */
    public Optional<String> sourceText() {
        return Optional.ofNullable(source);
    }

    /** File name of the blank form, relative to the hall's forms folder. */
    public Optional<String> blankFormFile() {
        return Optional.ofNullable(blankForm);
    }

    /** File name of the filled-in sample. */
    public Optional<String> sampleFile() {
        return Optional.ofNullable(sample);
    }

    /** Free remark (规格、填报须知). */
    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    /** "原件 1 份，复印件 1 份" — the counts as a visitor reads them. */
    public String countsDisplay() {
        StringBuilder sb = new StringBuilder();
        if (originals > 0) {
            sb.append("原件 ").append(originals).append(" 份");
        }
        if (copies > 0) {
            if (sb.length() > 0) {
                sb.append("，");
            }
            sb.append("复印件 ").append(copies).append(" 份");
        }
        return sb.toString();
    }
}
