package org.openbilling.x12;
import java.util.*;
import org.openbilling.domain.claim.Claim;
public class Perf {
  public static void main(String[] a) throws Exception {
    Claim837Writer w = new Claim837Writer();
    int batch = Integer.parseInt(a[0]);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < batch; i++) claims.add(i % 4 == 3 ? Claims.aDependentVisitWithEverything(String.format("CLMB%05d", i)) : Claims.anOfficeVisit(String.format("CLMA%05d", i)));
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime(); int n = 0;
      while (System.nanoTime() - t0 < 2_000_000_000L) { w.write(Claims.envelope(), ControlNumbers.of(1,1,1), claims, Claims.CREATED); n += batch; }
      System.out.printf("batch %d: %.0f claims/s%n", batch, n / ((System.nanoTime() - t0) / 1e9));
    }
  }
}
