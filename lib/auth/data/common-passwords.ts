/**
 * Passwords of 10+ characters that attackers try first: the long entries of the public "most common
 * passwords" lists (SecLists, NCSC top 100k) plus Indonesian ones seen in leaked-password dumps and
 * the words of this app's own field. Compared after lower-casing and dropping everything but letters
 * and digits, so "Password-123" counts as "password123".
 */
export const COMMON_PASSWORDS: readonly string[] = [
  "1234567890", "0987654321", "12345678910", "123456789a", "a123456789", "1q2w3e4r5t", "1qaz2wsx3edc", "qwertyuiop", "qwerty1234",
  "qwerty12345", "qwerty123456", "asdfghjkl1", "asdfghjkl123", "zxcvbnm123", "abcdefghij", "abcd123456", "abc1234567", "password12",
  "password123", "password1234", "passw0rd123", "p4ssw0rd123", "iloveyou12", "iloveyou123", "sunshine123", "princess123",
  "football123", "baseball123", "welcome123", "welcome1234", "letmein123", "administrator", "admin12345", "admin123456",
  "superman123", "trustno1234", "michael123", "1111111111", "0000000000", "1212121212", "1231231234", "9876543210",
  "katasandi", "katasandi1", "katasandi12", "katasandi123", "katasandiku", "passwordku", "rahasia123", "rahasiaku123",
  "rahasia1234", "indonesia1", "indonesia12", "indonesia123", "indonesia45", "indonesia1945", "merdeka1945", "bismillah1",
  "bismillah12", "bismillah123", "alhamdulillah", "assalamualaikum", "sayangku123", "sayangkamu", "sayangkamu123",
  "cintaku123", "akucintakamu", "jakarta123", "bandung123", "surabaya123", "semarang123", "madiun1234", "madiun12345",
  "demak12345", "posyandu", "posyandu1", "posyandu12", "posyandu123", "posyandu1234", "puskesmas", "puskesmas1",
  "puskesmas12", "puskesmas123", "dinkes1234", "dinkes12345", "dinaskesehatan", "kesehatan123", "bidandesa123",
  "kader12345", "kaderposyandu", "pantauilp", "pantauilp1", "pantauilp123", "pantau12345", "gantipassword",
  "gantikatasandi", "passwordbaru", "katasandibaru",
];
