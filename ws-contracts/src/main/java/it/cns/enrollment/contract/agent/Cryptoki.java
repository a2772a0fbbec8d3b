package it.cns.enrollment.contract.agent;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The few PKCS#11 (Cryptoki 2.x) calls the agent makes, on the middleware's library loaded by path.
 * {@code CK_ULONG} is a C {@code unsigned long}: {@link NativeLong} on every platform.
 */
final class Cryptoki implements AutoCloseable {

  /** The functions, as the library exports them. */
  interface Functions extends Library {
    NativeLong C_Initialize(Pointer initArgs);

    NativeLong C_Finalize(Pointer reserved);

    NativeLong C_GetSlotList(byte tokenPresent, NativeLong[] slots, NativeLongByReference count);

    NativeLong C_GetTokenInfo(NativeLong slot, Pointer info);

    NativeLong C_OpenSession(
        NativeLong slot,
        NativeLong flags,
        Pointer application,
        Pointer notify,
        NativeLongByReference session);

    NativeLong C_CloseSession(NativeLong session);

    NativeLong C_Login(NativeLong session, NativeLong userType, byte[] pin, NativeLong length);

    NativeLong C_Logout(NativeLong session);

    NativeLong C_InitPIN(NativeLong session, byte[] pin, NativeLong length);

    NativeLong C_SetPIN(
        NativeLong session,
        byte[] oldPin,
        NativeLong oldLength,
        byte[] newPin,
        NativeLong newLength);
  }

  static final long CKR_OK = 0x0;
  static final long CKR_PIN_INCORRECT = 0xA0;
  static final long CKR_PIN_LOCKED = 0xA4;
  static final long CKR_USER_ALREADY_LOGGED_IN = 0x100;
  static final long CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191;
  static final long CKF_RW_SESSION = 0x2;
  static final long CKF_SERIAL_SESSION = 0x4;
  static final long CKU_SO = 0;
  static final long CKF_TOKEN_INITIALIZED = 0x400;

  // CK_TOKEN_INFO opens with label[32], manufacturerID[32], model[16], serialNumber[16]: byte
  // arrays, so their offsets are the same under every packing. The buffer covers the whole struct.
  private static final int TOKEN_INFO_BYTES = 1024;
  private static final int LABEL_AT = 0;
  private static final int LABEL_LENGTH = 32;
  private static final int SERIAL_AT = 80;
  private static final int SERIAL_LENGTH = 16;
  // flags follows serialNumber: a CK_ULONG at 96, aligned under every packing.
  private static final int FLAGS_AT = 96;

  /** A token in a slot, as its token information describes it (blank padding removed). */
  record Token(long slot, String label, String serial) {}

  /** A PKCS#11 call that did not answer CKR_OK. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final long code;

    Failure(String function, long code) {
      super(function + " failed: " + name(code));
      this.code = code;
    }
  }

  private final Functions lib;

  private Cryptoki(Functions lib) {
    this.lib = lib;
  }

  /** Loads the library and initialises it (an already initialised library is fine). */
  static Cryptoki open(String libraryPath) throws Failure {
    Cryptoki c = new Cryptoki(Native.load(libraryPath, Functions.class));
    long rv = c.lib.C_Initialize(null).longValue();
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
      throw new Failure("C_Initialize", rv);
    }
    return c;
  }

  /** The initialised tokens present (a reader's blank slot is left out), in slot order. */
  List<Token> tokens() throws Failure {
    NativeLongByReference count = new NativeLongByReference();
    check("C_GetSlotList", lib.C_GetSlotList((byte) 1, null, count));
    NativeLong[] slots = new NativeLong[count.getValue().intValue()];
    if (slots.length == 0) {
      return List.of();
    }
    check("C_GetSlotList", lib.C_GetSlotList((byte) 1, slots, count));
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < count.getValue().intValue(); i++) {
      Memory info = new Memory(TOKEN_INFO_BYTES);
      info.clear();
      check("C_GetTokenInfo", lib.C_GetTokenInfo(slots[i], info));
      if ((info.getNativeLong(FLAGS_AT).longValue() & CKF_TOKEN_INITIALIZED) == 0) {
        continue;
      }
      tokens.add(
          new Token(
              slots[i].longValue(),
              text(info.getByteArray(LABEL_AT, LABEL_LENGTH)),
              text(info.getByteArray(SERIAL_AT, SERIAL_LENGTH))));
    }
    return tokens;
  }

  /** A read-write session on the token's slot. */
  long openSession(Token token) throws Failure {
    NativeLongByReference session = new NativeLongByReference();
    check(
        "C_OpenSession",
        lib.C_OpenSession(
            new NativeLong(token.slot()),
            new NativeLong(CKF_SERIAL_SESSION | CKF_RW_SESSION),
            null,
            null,
            session));
    return session.getValue().longValue();
  }

  /** Logs the security officer in (the card's PUK is its SO PIN). */
  void loginSecurityOfficer(long session, char[] soPin) throws Failure {
    byte[] pin = ascii(soPin);
    try {
      long rv =
          lib.C_Login(new NativeLong(session), new NativeLong(CKU_SO), pin, length(pin))
              .longValue();
      if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
        throw new Failure("C_Login", rv);
      }
    } finally {
      Arrays.fill(pin, (byte) 0);
    }
  }

  /** Sets the user's PIN, as the security officer logged in to {@code session}. */
  void initPin(long session, char[] newPin) throws Failure {
    byte[] pin = ascii(newPin);
    try {
      check("C_InitPIN", lib.C_InitPIN(new NativeLong(session), pin, length(pin)));
    } finally {
      Arrays.fill(pin, (byte) 0);
    }
  }

  /** Changes the PIN of whoever is logged in to {@code session} (here the SO PIN, the PUK). */
  void setPin(long session, char[] oldPin, char[] newPin) throws Failure {
    byte[] old = ascii(oldPin);
    byte[] pin = ascii(newPin);
    try {
      check("C_SetPIN", lib.C_SetPIN(new NativeLong(session), old, length(old), pin, length(pin)));
    } finally {
      Arrays.fill(old, (byte) 0);
      Arrays.fill(pin, (byte) 0);
    }
  }

  /** Logs out and closes the session, quietly: used on the way out, also after a failure. */
  void closeSession(long session) {
    lib.C_Logout(new NativeLong(session));
    lib.C_CloseSession(new NativeLong(session));
  }

  @Override
  public void close() {
    lib.C_Finalize(null);
  }

  private static void check(String function, NativeLong rv) throws Failure {
    if (rv.longValue() != CKR_OK) {
      throw new Failure(function, rv.longValue());
    }
  }

  private static NativeLong length(byte[] pin) {
    return new NativeLong(pin.length);
  }

  /** Codes are digits: one byte each. */
  private static byte[] ascii(char[] pin) {
    byte[] b = new byte[pin.length];
    for (int i = 0; i < pin.length; i++) {
      b[i] = (byte) pin[i];
    }
    return b;
  }

  /** A blank-padded PKCS#11 text field, padding and NULs removed. */
  private static String text(byte[] field) {
    return new String(field, StandardCharsets.UTF_8).replace('\0', ' ').strip();
  }

  /** The names of the return values an operator may meet; others in hex. */
  static String name(long code) {
    if (code == CKR_PIN_INCORRECT) {
      return "CKR_PIN_INCORRECT";
    }
    if (code == CKR_PIN_LOCKED) {
      return "CKR_PIN_LOCKED";
    }
    if (code == 0xA1) {
      return "CKR_PIN_INVALID";
    }
    if (code == 0xA2) {
      return "CKR_PIN_LEN_RANGE";
    }
    if (code == 0xE2) {
      return "CKR_TOKEN_WRITE_PROTECTED";
    }
    if (code == 0x54) {
      return "CKR_FUNCTION_NOT_SUPPORTED";
    }
    if (code == 0xE0) {
      return "CKR_TOKEN_NOT_PRESENT";
    }
    return "CKR 0x" + Long.toHexString(code);
  }
}
