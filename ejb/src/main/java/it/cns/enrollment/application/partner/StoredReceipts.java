package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.application.card.EnrollmentReceipt;
import it.cns.enrollment.application.card.RevocationReceipt;
import it.cns.enrollment.application.counter.ActivationOutcome;
import it.cns.enrollment.application.counter.ActivationReceipt;
import it.cns.enrollment.application.counter.CodeHalves;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.credential.IssuedPin;
import it.cns.enrollment.domain.credential.Password;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The application's encoding of the receipts a partner's request produced, as they are remembered
 * (sealed, see {@code domain.idempotency}) and read back when the request is replayed. The
 * application owns it, so the SOAP edge maps a replayed receipt exactly as a fresh one and nothing
 * of the contract's XML is stored. Each encoding starts with a tag naming its receipt and format:
 * one of another kind, or of a format no longer known, is refused rather than misread.
 */
final class StoredReceipts {

  /** Encodes a receipt to bytes and reads it back. */
  interface Codec<T> {
    byte[] encode(T receipt);

    T decode(byte[] stored);
  }

  static final Codec<BindingReceipt> BINDING =
      codec("binding/1", StoredReceipts::writeBinding, StoredReceipts::readBinding);

  static final Codec<EnrollmentReceipt> ENROLLMENT =
      codec(
          "enrollment/1",
          (out, r) -> {
            out.writeUTF(r.codiceFiscale());
            writeNullable(out, r.displayName());
            writeChars(out, r.pin().chars());
            writeChars(out, r.password().chars());
            writeInstant(out, r.enabledAt());
            writeBinding(out, r.binding());
          },
          in -> {
            String codiceFiscale = in.readUTF();
            String displayName = readNullable(in);
            IssuedPin pin = IssuedPin.of(in.readUTF().toCharArray());
            Password password = Password.of(in.readUTF().toCharArray());
            return new EnrollmentReceipt(
                codiceFiscale, displayName, pin, password, readInstant(in), readBinding(in));
          });

  static final Codec<ActivationOutcome> ACTIVATION =
      codec(
          "activation/1",
          (out, o) -> {
            ActivationReceipt r = o.receipt();
            out.writeLong(r.activationId());
            out.writeUTF(r.cardIdMasked());
            out.writeUTF(r.holderCf());
            out.writeUTF(r.activationCase().name());
            writeChars(out, r.printed().pin());
            writeChars(out, r.printed().puk());
            writeChars(out, r.printed().cip());
            writeInstant(out, r.activatedAt());
            out.writeInt(r.codesGeneration());
            writeNullable(out, r.mailReference());
            out.writeBoolean(o.hasForm());
            if (o.hasForm()) {
              out.writeInt(o.form().length);
              out.write(o.form());
            }
          },
          in -> {
            long id = in.readLong();
            String card = in.readUTF();
            String holder = in.readUTF();
            ActivationCase activationCase = ActivationCase.valueOf(in.readUTF());
            CodeHalves printed =
                new CodeHalves(
                    in.readUTF().toCharArray(),
                    in.readUTF().toCharArray(),
                    in.readUTF().toCharArray());
            Instant at = readInstant(in);
            int generation = in.readInt();
            String mail = readNullable(in);
            byte[] form = null;
            if (in.readBoolean()) {
              form = new byte[in.readInt()];
              in.readFully(form);
            }
            return new ActivationOutcome(
                new ActivationReceipt(
                    id, card, holder, activationCase, printed, at, generation, mail),
                form);
          });

  static final Codec<RevocationReceipt> REVOCATION =
      codec(
          "revocation/1",
          (out, r) -> {
            out.writeUTF(r.cardIdMasked());
            out.writeUTF(r.holderCf());
            writeInstant(out, r.revokedAt());
            out.writeInt(r.bindingsRevoked());
          },
          in -> new RevocationReceipt(in.readUTF(), in.readUTF(), readInstant(in), in.readInt()));

  private StoredReceipts() {}

  private interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> Codec<T> codec(String tag, Writer<T> writer, Reader<T> reader) {
    return new Codec<>() {
      @Override
      public byte[] encode(T receipt) {
        try {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          DataOutputStream out = new DataOutputStream(bytes);
          out.writeUTF(tag);
          writer.write(out, receipt);
          out.flush();
          return bytes.toByteArray();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot encode a " + tag + " receipt", e);
        }
      }

      @Override
      public T decode(byte[] stored) {
        try {
          DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored));
          String found = in.readUTF();
          if (!tag.equals(found)) {
            throw new IllegalStateException(
                "a remembered answer tagged " + found + " read as " + tag);
          }
          T receipt = reader.read(in);
          if (in.available() > 0) {
            throw new IllegalStateException("a remembered " + tag + " answer has trailing bytes");
          }
          return receipt;
        } catch (IOException | IllegalArgumentException e) {
          // An answer remembered in another format (or by another version) is not misread.
          throw new IllegalStateException("cannot decode a remembered " + tag + " answer", e);
        }
      }
    };
  }

  private static void writeBinding(DataOutputStream out, BindingReceipt r) throws IOException {
    out.writeUTF(r.codiceFiscale());
    out.writeUTF(r.accountType().name());
    writeNullable(out, r.entratelSite());
    out.writeUTF(r.cardIssuer());
    out.writeUTF(r.maskedCardId());
    out.writeUTF(r.certificateSerial());
    writeInstant(out, r.boundAt());
  }

  private static BindingReceipt readBinding(DataInputStream in) throws IOException {
    return new BindingReceipt(
        in.readUTF(),
        AccountType.valueOf(in.readUTF()),
        readNullable(in),
        in.readUTF(),
        in.readUTF(),
        in.readUTF(),
        readInstant(in));
  }

  private static void writeChars(DataOutputStream out, char[] chars) throws IOException {
    out.writeUTF(new String(chars));
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void writeInstant(DataOutputStream out, Instant at) throws IOException {
    out.writeLong(at.getEpochSecond());
    out.writeInt(at.getNano());
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
