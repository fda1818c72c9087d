export type FeatureId = "laxDefault" | "noneRequiresSecure" | "schemefulSameSite" | "hostSecurePrefixes" | "httpPrefixes" | "partitioned";
export type FeatureFact = { supported: boolean; since: string | null; behindFlag: boolean };
export type BrowserId = "chromium" | "firefox" | "safari";
export type BrowserFacts = { bcdVersion: string; browsers: Record<BrowserId, { release: string; features: Record<FeatureId, FeatureFact> }> };

/**
 * Support facts from @mdn/browser-compat-data for each browser's current release, computed by
 * browser-facts-from-bcd.ts. Do not edit by hand: browser-facts.test.ts recomputes them from the installed
 * package and prints the new value when it changes.
 */
export const BROWSER_FACTS: BrowserFacts = {
  "bcdVersion": "8.1.9",
  "browsers": {
    "chromium": {
      "release": "157",
      "features": {
        "laxDefault": {
          "supported": true,
          "since": "80",
          "behindFlag": false
        },
        "noneRequiresSecure": {
          "supported": true,
          "since": "80",
          "behindFlag": false
        },
        "schemefulSameSite": {
          "supported": true,
          "since": "91",
          "behindFlag": false
        },
        "hostSecurePrefixes": {
          "supported": true,
          "since": "49",
          "behindFlag": false
        },
        "httpPrefixes": {
          "supported": true,
          "since": "140",
          "behindFlag": false
        },
        "partitioned": {
          "supported": true,
          "since": "114",
          "behindFlag": false
        }
      }
    },
    "firefox": {
      "release": "160",
      "features": {
        "laxDefault": {
          "supported": false,
          "since": null,
          "behindFlag": true
        },
        "noneRequiresSecure": {
          "supported": true,
          "since": "131",
          "behindFlag": false
        },
        "schemefulSameSite": {
          "supported": false,
          "since": null,
          "behindFlag": true
        },
        "hostSecurePrefixes": {
          "supported": true,
          "since": "50",
          "behindFlag": false
        },
        "httpPrefixes": {
          "supported": true,
          "since": "143",
          "behindFlag": false
        },
        "partitioned": {
          "supported": true,
          "since": "141",
          "behindFlag": false
        }
      }
    },
    "safari": {
      "release": "27.2",
      "features": {
        "laxDefault": {
          "supported": false,
          "since": null,
          "behindFlag": false
        },
        "noneRequiresSecure": {
          "supported": false,
          "since": null,
          "behindFlag": false
        },
        "schemefulSameSite": {
          "supported": false,
          "since": null,
          "behindFlag": false
        },
        "hostSecurePrefixes": {
          "supported": true,
          "since": "13",
          "behindFlag": false
        },
        "httpPrefixes": {
          "supported": false,
          "since": null,
          "behindFlag": false
        },
        "partitioned": {
          "supported": true,
          "since": "26.2",
          "behindFlag": false
        }
      }
    }
  }
};
