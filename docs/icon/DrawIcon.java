import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a week page with three classes on it, in the planner's course colours) and writes it in
 * the three forms jpackage wants: PNG for Linux, ICO for Windows, ICNS for macOS. Run from the project root:
 * {@code java docs/icon/DrawIcon.java assets}. Java2D alone, so no image tool is needed to change it.
 */
public final class DrawIcon {
    private static final Color BACKGROUND = new Color(0x4E79A7);
    private static final Color PAGE = new Color(0xFAFAF7);
    private static final Color RULE = new Color(0xD5DAE1);
    private static final Color HEADER = new Color(0x2F4B6E);
    private static final Color ORANGE = new Color(0xF28E2B);
    private static final Color GREEN = new Color(0x59A14F);
    private static final Color PURPLE = new Color(0xB07AA1);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets");
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("course-planner.png").toFile());
        Files.write(dir.resolve("course-planner.ico"), ico(List.of(16, 24, 32, 48, 64, 256)));
        Files.write(dir.resolve("course-planner.icns"), icns());
        System.out.println("wrote course-planner.png, .ico and .icns in " + dir);
    }

    /** The icon at {@code size} pixels, drawn on a 256-unit grid so every size has the same shapes. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setColor(BACKGROUND);
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // the page, its header band and the two rings that hold it
        g.setColor(PAGE);
        g.fill(new RoundRectangle2D.Double(40, 52, 176, 164, 20, 20));
        g.setColor(HEADER);
        g.fill(new RoundRectangle2D.Double(40, 52, 176, 40, 20, 20));
        g.fillRect(40, 72, 176, 20);
        g.setColor(PAGE);
        g.fill(new Ellipse2D.Double(78, 40, 20, 28));
        g.fill(new Ellipse2D.Double(158, 40, 20, 28));
        g.setColor(HEADER);
        g.fill(new Ellipse2D.Double(83, 46, 10, 16));
        g.fill(new Ellipse2D.Double(163, 46, 10, 16));

        // the days of the week as columns, hours as faint rules
        g.setColor(RULE);
        g.setStroke(new BasicStroke(3f));
        for (int x = 84; x < 216; x += 44) {
            g.drawLine(x, 100, x, 206);
        }
        for (int y = 128; y < 210; y += 28) {
            g.drawLine(48, y, 208, y);
        }

        // three classes: one a day, at different times, like the planner's week
        block(g, ORANGE, 48, 104, 30, 46);
        block(g, GREEN, 90, 134, 30, 64);
        block(g, PURPLE, 134, 110, 30, 40);
        block(g, BACKGROUND, 178, 150, 30, 46);
        g.dispose();
        return image;
    }

    private static void block(Graphics2D g, Color colour, double x, double y, double w, double h) {
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose images are PNGs (read by Windows Vista and later, and by jpackage's launcher). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        int headerLength = 6 + 16 * sizes.size();
        ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = headerLength;
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS file with PNG entries: ic07 (128), ic08 (256), ic09 (512), ic10 (1024, the 512@2x image). */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries); // big-endian, as ICNS is
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            data.writeBytes(types[i]);
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + entries.size());
        file.write(entries.toByteArray());
        return out.toByteArray();
    }
}
