package org.comptoir.attraction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Drive times from the office, estimated where no one has given one: the straight-line distance times
 * a road factor, at an average speed, plus a few minutes to park. Shown as estimated.
 *
 * @param officeLatitude  where the office is (default: Place de la Victoire, Clermont-Ferrand)
 * @param officeLongitude where the office is
 * @param roadFactor      road distance per straight-line distance (1.4 in hilly country)
 * @param averageKmh      average speed on those roads
 */
@ConfigurationProperties("comptoir.drive")
public record DriveTimes(double officeLatitude, double officeLongitude, double roadFactor, double averageKmh) {

    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final int PARKING_MINUTES = 5;

    public DriveTimes {
        if (officeLatitude == 0 && officeLongitude == 0) {
            officeLatitude = 45.7786;
            officeLongitude = 3.0863;
        }
        if (roadFactor <= 0) {
            roadFactor = 1.4;
        }
        if (averageKmh <= 0) {
            averageKmh = 50;
        }
    }

    /** Estimated minutes by car from the office to this point. */
    public int estimate(double latitude, double longitude) {
        var km = distanceKm(officeLatitude, officeLongitude, latitude, longitude) * roadFactor;
        return (int) Math.round(km / averageKmh * 60) + (km < 1 ? 0 : PARKING_MINUTES);
    }

    /** Great-circle distance (haversine). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        var dLat = Math.toRadians(lat2 - lat1);
        var dLon = Math.toRadians(lon2 - lon1);
        var a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
