package org.hallkiosk.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hallkiosk.device.idcard.CardDataException;
import org.hallkiosk.device.idcard.CardTextCodec;
import org.hallkiosk.device.idcard.ForeignPermanentResidentCard;
import org.hallkiosk.device.idcard.HkMacaoTaiwanResidencePermit;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardException;
import org.hallkiosk.device.idcard.IdCardReaderDevice;
import org.hallkiosk.device.idcard.IdCardReaderKind;
import org.hallkiosk.device.idcard.ReaderStatusException;
import org.hallkiosk.device.idcard.ReaderTimeoutException;
import org.hallkiosk.device.idcard.ResidentIdCard;
import org.hallkiosk.device.idcard.SamReaderSettings;
import org.hallkiosk.device.idcard.SamReaderSimulator;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.idcard.UnsupportedCardException;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.link.LinkSpecException;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.privacy.Mask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kioskctl devices read-card}: waits for a card and prints it, masked unless {@code --unmasked}. The
 * card's data goes to standard output only; nothing of it is logged.
 */
@Command(name = "read-card", mixinStandardHelpOptions = true,
        description = {"Wait for an ID card on the reader and print what it holds: resident ID cards, foreign permanent",
            "resident cards (I) and HK/Macao/Taiwan residence permits (J). Name, ID number, address and birth day are",
            "masked unless --unmasked. Exits 1 when no card is placed in time or the card cannot be read."})
final class ReadCardCommand implements Callable<Integer> {

    /** Cards the in-process simulator can hold for a test without a real card. */
    enum SimCard { RESIDENT, RESIDENT_ELDER, FOREIGN_PERMANENT, HK_MACAO_TAIWAN, UNSUPPORTED, NONE }

    @Option(names = "--link", paramLabel = "SPEC",
            description = "Reader link, e.g. serial:/dev/ttyUSB1 (115200 8N1 unless baud= is given) or sim:idcard "
                    + "(default: devices.idcard from the configuration).")
    String link;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "30",
            description = "Seconds to wait for a card (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--json", description = "Print JSON instead of labelled lines.")
    boolean json;

    @Option(names = "--unmasked", description = "Show name, ID number, address and birth date in full (technicians only; never logged).")
    boolean unmasked;

    @Option(names = "--sim-card", paramLabel = "CARD",
            description = "With a sim: link, the card the simulator holds: ${COMPLETION-CANDIDATES} (default: RESIDENT).")
    SimCard simCard;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var config = KioskCtl.of(spec).config();
        String linkSpec = link != null ? link : config.devices().idCardReader();
        if (!DeviceSettings.fitted(linkSpec)) {
            throw new CommandFailure("no ID card reader configured (devices.idcard is '" + linkSpec + "'); give --link");
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw new CommandFailure("--timeout must be between 0 and 3600 seconds");
        }
        IdCardReaderDevice device;
        try {
            device = new IdCardReaderKind().createReader(linkSpec, SamReaderSettings.defaults(), DeviceContext.standard())
                    .orElseThrow();
        } catch (LinkSpecException e) {
            throw new CommandFailure(e.getMessage());
        }
        try (device) {
            if (simCard != null) {
                SamReaderSimulator sim = device.simulator()
                        .orElseThrow(() -> new CommandFailure("--sim-card only works with a sim: link"));
                hold(sim, simCard);
            }
            Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
            PrintWriter err = spec.commandLine().getErr();
            err.println("请放置证件 / place a card on the reader (" + linkSpec + ", up to " + seconds(timeout) + ") ...");
            err.flush();
            IdCard card = read(device, timeout);
            Map<String, Object> fields = fields(card, unmasked);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(fields));
            } else {
                fields.forEach((key, value) -> {
                    if (value != null) {
                        out.printf("%-22s %s%n", LABELS.getOrDefault(key, key), value);
                    }
                });
            }
            out.flush();
            return 0;
        }
    }

    private static IdCard read(IdCardReaderDevice device, Duration timeout) {
        try {
            device.reader().open();
            return device.reader().waitForCard(timeout);
        } catch (ReaderTimeoutException e) {
            throw new CommandFailure(e.getMessage().startsWith("no card")
                    ? "未检测到证件 / " + e.getMessage() : "读卡器无应答 / reader not answering: " + e.getMessage());
        } catch (UnsupportedCardException e) {
            throw new CommandFailure("不支持的证件 / " + e.getMessage());
        } catch (CardDataException e) {
            throw new CommandFailure("证件数据无效 / card data not valid: " + e.getMessage());
        } catch (ReaderStatusException e) {
            throw new CommandFailure("读卡失败 / " + e.getMessage());
        } catch (IdCardException e) {
            throw new CommandFailure("读卡器通信错误 / line error: " + e.getMessage());
        } catch (LinkException e) {
            throw new CommandFailure("读卡器连接断开 / reader disconnected: " + e.getMessage());
        }
    }

    private static void hold(SamReaderSimulator sim, SimCard card) {
        switch (card) {
            case RESIDENT -> sim.placeCard(SimulatedCards.resident());
            case RESIDENT_ELDER -> sim.placeCard(SimulatedCards.residentElder());
            case FOREIGN_PERMANENT -> sim.placeCard(SimulatedCards.foreignPermanent());
            case HK_MACAO_TAIWAN -> sim.placeCard(SimulatedCards.hkMacaoTaiwan());
            case UNSUPPORTED -> {
                byte[] text = CardTextCodec.encode(SimulatedCards.resident());
                text[248] = 'Y';
                sim.placeCardText(text);
            }
            case NONE -> sim.removeCard();
        }
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("type", "证件类型 / type"),
            Map.entry("name", "姓名 / name"),
            Map.entry("gender", "性别 / gender"),
            Map.entry("nation", "民族 / nation"),
            Map.entry("birthDate", "出生 / birth date"),
            Map.entry("address", "住址 / address"),
            Map.entry("idNumber", "证件号码 / ID number"),
            Map.entry("authority", "签发机关 / authority"),
            Map.entry("validFrom", "有效期起 / valid from"),
            Map.entry("validTo", "有效期止 / valid to"),
            Map.entry("nationality", "国籍 / nationality"),
            Map.entry("chineseName", "中文姓名 / Chinese name"),
            Map.entry("passNumber", "通行证号码 / pass number"),
            Map.entry("issueCount", "签发次数 / issue count"));

    /** The card as ordered JSON fields; fields a card type does not have are null. */
    static Map<String, Object> fields(IdCard card, boolean unmasked) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", card.type().name());
        f.put("name", unmasked ? card.name() : Mask.name(card.name()));
        f.put("gender", card.gender().label());
        f.put("nation", card instanceof ResidentIdCard r ? r.nation().label() : null);
        f.put("birthDate", unmasked ? card.birthDate().toString() : maskDate(card.birthDate()));
        String address = card instanceof ResidentIdCard r ? r.address()
                : card instanceof HkMacaoTaiwanResidencePermit j ? j.address() : null;
        f.put("address", address == null || unmasked ? address : maskAddress(address));
        f.put("idNumber", unmasked ? card.idNumber() : Mask.idNumber(card.idNumber()));
        f.put("authority", card instanceof ResidentIdCard r ? r.authority()
                : card instanceof HkMacaoTaiwanResidencePermit j ? j.authority()
                : ((ForeignPermanentResidentCard) card).authorityCode());
        f.put("validFrom", card.validity().from().toString());
        f.put("validTo", card.validity().untilText());
        if (card instanceof ForeignPermanentResidentCard i) {
            f.put("nationality", i.nationality());
            f.put("chineseName", unmasked ? i.chineseName() : Mask.name(i.chineseName()));
        }
        if (card instanceof HkMacaoTaiwanResidencePermit j) {
            f.put("passNumber", unmasked ? j.passNumber() : maskPass(j.passNumber()));
            f.put("issueCount", j.issueCount());
        }
        return f;
    }

    /** The year only: with the masked ID number, the full date would give back the hidden digits. */
    private static String maskDate(LocalDate date) {
        return date.getYear() + "-**-**";
    }

    /** Province, city and district (the first six characters) kept, the street hidden. */
    private static String maskAddress(String address) {
        int keep = Math.min(6, (address.length() + 1) / 2);
        return address.substring(0, keep) + "****";
    }

    private static String maskPass(String pass) {
        return pass.length() <= 3 ? "*".repeat(pass.length()) : pass.charAt(0) + "*".repeat(pass.length() - 3) + pass.substring(pass.length() - 2);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
