package com.leadbench.demo;

import java.util.List;

/**
 * The vocabulary of the demo company, Northbridge Industrial: three lines of business
 * (equipment with installation, components with spec sheets and qualification forms,
 * maintenance services with urgent requests), its web pages and assets, and the market it sells to.
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    static final String EQUIPMENT = "equipment";
    static final String COMPONENTS = "components";
    static final String SERVICES = "services";
    static final List<String> PRODUCT_LINES = List.of(EQUIPMENT, COMPONENTS, SERVICES);

    /** Industries the company sells to, and a few it does not. */
    static final List<String> TARGET_INDUSTRIES = List.of(
            "Food & Beverage Processing", "Automotive Manufacturing", "Chemicals", "Pharmaceuticals",
            "Pulp & Paper", "Mining", "Oil & Gas", "Power Generation", "Water Treatment", "Metals & Steel",
            "Plastics & Rubber");
    static final List<String> OTHER_INDUSTRIES = List.of(
            "Retail", "Hospitality", "Financial Services", "Software", "Consulting", "Education");

    /** Countries by weight: mostly the home market. Codes are ISO 3166 alpha-2. */
    static final List<String> SERVED_COUNTRIES = List.of("US", "US", "US", "US", "US", "US", "US", "US", "CA", "CA",
            "MX", "GB", "DE", "FR", "NL");
    static final List<String> UNSERVED_COUNTRIES = List.of("BR", "IN", "CN", "NG", "RU", "ID");

    static String regionOf(String country) {
        return switch (country) {
            case "US", "CA" -> "North America";
            case "MX", "BR" -> "Latin America";
            case "GB", "DE", "FR", "NL", "RU" -> "Europe";
            case "NG" -> "Africa";
            default -> "Asia Pacific";
        };
    }

    /**
     * A job title, how much its holder can move a purchase, and its role in a buying group (engineering,
     * maintenance, procurement, operations), or null for a title that takes no part in buying.
     */
    record Title(String title, double buyingPower, String role) {
        Title(String title, double buyingPower) {
            this(title, buyingPower, null);
        }
    }

    static final String ENGINEERING = "engineering";
    static final String MAINTENANCE = "maintenance";
    static final String PROCUREMENT = "procurement";
    static final String OPERATIONS = "operations";

    static final List<Title> BUYER_TITLES = List.of(
            new Title("Reliability Engineer", 0.9, ENGINEERING), new Title("Senior Reliability Engineer", 1.0, ENGINEERING),
            new Title("Maintenance Manager", 1.0, MAINTENANCE), new Title("Maintenance Supervisor", 0.8, MAINTENANCE),
            new Title("Plant Engineer", 0.85, ENGINEERING), new Title("Plant Manager", 0.9, OPERATIONS),
            new Title("Strategic Buyer", 0.95, PROCUREMENT), new Title("Procurement Manager", 0.9, PROCUREMENT),
            new Title("Purchasing Agent", 0.7, PROCUREMENT), new Title("Director of Operations", 0.85, OPERATIONS),
            new Title("Process Engineer", 0.7, ENGINEERING), new Title("Mechanical Engineer", 0.6, ENGINEERING),
            new Title("VP Manufacturing", 0.8, OPERATIONS), new Title("Facilities Manager", 0.6, MAINTENANCE));
    static final List<Title> NON_BUYER_TITLES = List.of(
            new Title("Student", 0.0), new Title("Graduate Researcher", 0.0), new Title("Consultant", 0.1),
            new Title("Independent Consultant", 0.05), new Title("Sales Representative", 0.05),
            new Title("Marketing Coordinator", 0.05), new Title("HR Generalist", 0.0),
            new Title("Software Developer", 0.05), new Title("Journalist", 0.0));

    static final List<String> FIRST_NAMES = List.of("James", "Maria", "Robert", "Linda", "Michael", "Patricia",
            "David", "Jennifer", "William", "Elizabeth", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
            "Carlos", "Ana", "Wei", "Mei", "Hans", "Greta", "Pierre", "Claire", "Arjun", "Priya", "Olu", "Amara",
            "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Lisa", "Mark", "Betty", "Steven", "Sandra", "Paul",
            "Ashley", "Andrew", "Emily", "Kevin", "Donna", "Brian", "Michelle", "George", "Carol", "Ed", "Amanda");
    static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
            "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green",
            "Adams", "Nelson", "Baker", "Hall", "Schmidt", "Muller", "Dubois", "Bernard", "Okafor", "Patel",
            "Sharma", "Chen", "Wang", "Kowalski");

    static final List<String> COMPANY_PREFIXES = List.of("Great Lakes", "Pacific", "Summit", "Keystone", "Ironwood",
            "Red River", "Bluewater", "Granite", "Prairie", "Atlas", "Liberty", "Cascade", "Northern", "Delta",
            "Pioneer", "Sterling", "Harbor", "Eagle", "Midland", "Coastal", "Frontier", "Copper", "Silver Creek",
            "Oakridge", "Evergreen", "Highland", "Union", "Allied", "Central", "Continental");
    static final List<String> COMPANY_SUFFIXES = List.of("Foods", "Motors", "Chemical", "Pharma", "Paper Mills",
            "Mining", "Energy", "Power", "Water", "Steel", "Polymers", "Processing", "Manufacturing", "Industries",
            "Works", "Fabrication");

    static final List<String> PERSONAL_DOMAINS = List.of("gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
            "aol.com", "icloud.com");
    static final List<String> EDU_DOMAINS = List.of("mit.edu", "purdue.edu", "umich.edu", "gatech.edu", "tamu.edu");
    static final List<String> COMPETITOR_DOMAINS = List.of("vantage-industrial.com", "ridgeline-components.com",
            "proserve-maintenance.com");
    static final List<String> DISPOSABLE_DOMAINS = List.of("mailinator.com", "10minutemail.com", "guerrillamail.com");

    /** A page or asset with its kind and product line (null: none). */
    record Asset(String name, String kind, String productLine) {
    }

    static final List<Asset> PRODUCT_PAGES = List.of(
            new Asset("/products/equipment/hx-400-hydraulic-press", "product_page", EQUIPMENT),
            new Asset("/products/equipment/cx-900-conveyor-system", "product_page", EQUIPMENT),
            new Asset("/products/equipment/installation-services", "product_page", EQUIPMENT),
            new Asset("/products/components/px-200-pump-seal", "product_page", COMPONENTS),
            new Asset("/products/components/bx-50-bearing-series", "product_page", COMPONENTS),
            new Asset("/products/components/vx-valve-actuators", "product_page", COMPONENTS),
            new Asset("/services/predictive-maintenance", "product_page", SERVICES),
            new Asset("/services/emergency-repair", "product_page", SERVICES),
            new Asset("/services/vibration-analysis", "product_page", SERVICES));
    static final List<Asset> BLOG_POSTS = List.of(
            new Asset("/blog/5-signs-your-pump-seal-is-failing", "blog_post", COMPONENTS),
            new Asset("/blog/planning-a-maintenance-shutdown", "blog_post", SERVICES),
            new Asset("/blog/conveyor-layouts-for-food-plants", "blog_post", EQUIPMENT),
            new Asset("/blog/industry-4-0-on-a-budget", "blog_post", null),
            new Asset("/blog/trade-show-recap", "blog_post", null),
            new Asset("/blog/reducing-unplanned-downtime", "blog_post", SERVICES));
    static final Asset PRICING_PAGE = new Asset("/pricing", "pricing_page", null);
    static final Asset CONTACT_PAGE = new Asset("/contact-us", "contact_page", null);
    static final Asset CAREERS_PAGE = new Asset("/careers", "careers_page", null);
    static final Asset HOME_PAGE = new Asset("/", "home_page", null);

    static final List<Asset> SPEC_SHEETS = List.of(
            new Asset("PX-200 pump seal spec sheet", "spec_sheet", COMPONENTS),
            new Asset("BX-50 bearing series spec sheet", "spec_sheet", COMPONENTS),
            new Asset("VX actuator spec sheet", "spec_sheet", COMPONENTS),
            new Asset("HX-400 press spec sheet", "spec_sheet", EQUIPMENT));
    static final List<Asset> CAD_FILES = List.of(
            new Asset("PX-200 CAD model (STEP)", "cad_file", COMPONENTS),
            new Asset("BX-50 CAD model (STEP)", "cad_file", COMPONENTS),
            new Asset("CX-900 conveyor layout (DWG)", "cad_file", EQUIPMENT));
    static final List<Asset> CASE_STUDIES = List.of(
            new Asset("Case study: bottling line uptime +12%", "case_study", EQUIPMENT),
            new Asset("Case study: pulp mill seal life doubled", "case_study", COMPONENTS),
            new Asset("Case study: refinery predictive maintenance", "case_study", SERVICES));
    static final List<Asset> TECHNICAL_GUIDES = List.of(
            new Asset("Technical guide: vibration analysis basics", "technical_guide", SERVICES),
            new Asset("Technical guide: seal selection for abrasive media", "technical_guide", COMPONENTS),
            new Asset("Technical guide: press installation checklist", "technical_guide", EQUIPMENT));
    static final List<Asset> WEBINARS = List.of(
            new Asset("Webinar: predictive maintenance 101", "webinar", SERVICES),
            new Asset("Webinar: choosing pump seals", "webinar", COMPONENTS),
            new Asset("Webinar: automating end-of-line packaging", "webinar", EQUIPMENT));
    static final List<Asset> EVENTS = List.of(
            new Asset("IMTS booth visit", "trade_show", EQUIPMENT),
            new Asset("Pack Expo booth visit", "trade_show", EQUIPMENT),
            new Asset("Hannover Messe booth visit", "trade_show", COMPONENTS),
            new Asset("Reliability roadshow, Chicago", "event", SERVICES));
    static final List<Asset> EMAILS = List.of(
            new Asset("Newsletter: Plant Floor Monthly", "newsletter", null),
            new Asset("Email: New PX-200 seal line", "product_email", COMPONENTS),
            new Asset("Email: Spring maintenance checklist", "product_email", SERVICES),
            new Asset("Email: Conveyor upgrade offer", "product_email", EQUIPMENT));
    static final Asset SELECTION_TOOL = new Asset("Seal & bearing selection tool", "selection_tool", COMPONENTS);
    static final Asset CONFIGURATOR = new Asset("Conveyor configurator", "configurator", EQUIPMENT);
    static final Asset QUALIFICATION_FORM = new Asset("Supplier qualification form", "qualification_form", COMPONENTS);

    /** Free text people typed into forms, per product line; some carry urgency words. */
    static final List<String> EQUIPMENT_TEXTS = List.of(
            "Planning a new packaging line for Q3, need layout support and installation quote.",
            "Replacing two presses at our stamping plant; interested in the HX-400 and on-site installation.",
            "Need a conveyor that meets FDA and USDA washdown requirements for a bakery line.",
            "Evaluating end-of-line automation, would like a technical discovery call.");
    static final List<String> COMPONENT_TEXTS = List.of(
            "Looking for ATEX certified actuators for a chemical plant; need the declaration of conformity.",
            "Pump seals fail every six weeks on abrasive slurry; need an alternative with spec sheets.",
            "Need ISO 9001 and material certificates for supplier qualification of the BX-50 bearings.",
            "Can you send CAD files and the pressure rating for PX-200 in 316 stainless?");
    static final List<String> SERVICE_TEXTS = List.of(
            "Emergency: main compressor down, unplanned downtime on line 2, need a technician this week.",
            "Scheduled maintenance shutdown in March, need vibration analysis on 40 motors beforehand.",
            "Looking for a predictive maintenance contract for three sites.",
            "Shutdown planned next month, need help with seal replacement and alignment.");
    static final List<String> STUDENT_TEXTS = List.of(
            "I am writing my thesis on predictive maintenance, could I get a demo for research?",
            "Class project on conveyor design, please send information.");

    static final List<String> SOURCES = List.of("Organic search", "Organic search", "Paid search", "Trade show",
            "Webinar", "Email", "Referral", "Direct", "LinkedIn", "Partner");
    static final List<String> CAMPAIGNS = List.of("2025-Q2 Seal launch", "2025-Q3 Shutdown season",
            "2025-Q4 Reliability webinar series", "2026-Q1 Conveyor upgrade", "2026-Q2 Trade show season",
            "2026-Q3 Predictive maintenance push", "Always-on search");
    static final List<String> SALES_REPS = List.of("Dana Whitfield", "Marcus Obi", "Ingrid Larsen", "Tom Reyes",
            "Priya Nair");
}
