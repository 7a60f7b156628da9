import Foundation
import Testing

/// Saved web pages of the kinds health libraries publish, written for these tests (not copied
/// from any site): sections as h2 and h3, nested lists, a table, phone numbers, "Learn more"
/// links, a credits footer, and the site furniture around them.
enum SavedPages {
    static let soreThroat = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sore Throat | Valley Clinic Health Library</title>
<link rel="stylesheet" href="site.css">
<style>.banner{color:red}</style>
<script>window.dataLayer = []; function track(){ return "Home"; }</script>
</head>
<body>
<div class="cookie-banner">We use cookies. <button>Accept cookies</button></div>
<header class="site-header"><a href="/">Valley Clinic</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/library">Health Library</a></li><li><a href="/login">Sign in</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/library">Library</a> &gt; Sore Throat</div>
<main id="content">
<article>
<h1>Sore Throat</h1>
<p>A sore throat is pain or scratchiness in the throat. It often gets <strong>worse when you swallow</strong>.</p>
<h2>What causes it?</h2>
<p>Most sore throats are caused by <em>viruses</em>, like those that cause colds.</p>
<p>Other causes include:</p>
<ul>
  <li>Dry air.</li>
  <li>Allergies to:
    <ul><li>pollen</li><li>dust</li></ul>
  </li>
  <li>Smoke &amp; other things in the air.</li>
</ul>
<h2>Home care</h2>
<h3>Soothing the throat</h3>
<p>Gargle with warm salt water (1/2 tsp salt in 8 oz water) 3-4 times a day.</p>
<figure><img src="gargle.png" alt="A person gargling"><figcaption>Gargling can ease the pain.</figcaption></figure>
<h3>Medicines</h3>
<table>
<caption>Doses for adults</caption>
<tr><th>Medicine</th><th>How much</th></tr>
<tr><td>Acetaminophen</td><td>As the label says</td></tr>
<tr><td>Ibuprofen</td><td>As the label says</td></tr>
</table>
<h2>When to call</h2>
<p>Call the nurse line at 1-800-555-0199 if you:</p>
<ol>
<li>Have trouble breathing.</li>
<li>Cannot swallow liquids.</li>
</ol>
<p>Learn more at <a href="https://www.cdc.gov/sore-throat/">the CDC</a> or <a href="javascript:void(0)">this tool</a>.</p>
<form class="newsletter"><label>Email</label><input type="email"><button>Subscribe</button></form>
<aside class="related"><h2>Related topics</h2><ul><li><a href="/flu">Flu</a></li></ul></aside>
<footer class="article-footer">
<p>Current as of: July 15, 2025</p>
<p>Author: Valley Clinic Staff</p>
<p>Medical Review: Dr. Ana Ruiz, MD</p>
<p>This information does not replace the advice of a doctor.</p>
</footer>
</article>
</main>
<footer class="site-footer"><p>&copy; 2025 Valley Clinic</p><a href="/privacy">Privacy</a></footer>
<script src="analytics.js"></script>
</body>
</html>
"""#

    static let bronchitis = #"""
<html><head><title>Acute Bronchitis - Lakeside Health Library</title>
<meta name="viewport" content="width=device-width"></head>
<body class="page">
<div id="top-menu" class="menu"><a href="/">Lakeside Health</a> | <a href="/find-a-doctor">Find a Doctor</a> | <a href="/donate">Donate</a></div>
<div id="main-content" role="main">
<div class="page-title"><h1>Acute Bronchitis</h1></div>
<div class="intro">Acute bronchitis is swelling in the airways of the lungs.<br>It usually gets better in 1-3 wks.</div>
<div class="section"><h2>Symptoms</h2>
<div>The main symptom is a cough. You may also have:</div>
<ul><li>A mild fever.</li><li>Chest discomfort when you cough.</li><li>Tiredness.</li></ul>
</div>
<div class="section"><h2>How is it treated?</h2>
<div class="text-block">Rest and drink plenty of fluids. Use a humidifier in your room at night.</div>
<h3>Cough medicine</h3>
<div class="text-block">Ask your doctor before you give cough medicine to a child under 4.</div>
<iframe src="https://www.youtube.com/embed/x" title="Video: easing a cough"></iframe>
<h3>Learn more</h3>
<ul class="learn-more"><li><a href="https://medlineplus.gov/acutebronchitis.html">MedlinePlus: Acute Bronchitis</a></li>
<li><a href="mailto:nurse@lakeside.example.org">Email a nurse</a></li></ul>
</div>
<div class="section"><h2>When should you call your doctor?</h2>
<div>Call 911 if you have severe trouble breathing. Call the clinic at (555) 555-0142 if:</div>
<ol><li>Your cough lasts more than 3 weeks.</li><li>You cough up blood.</li></ol>
</div>
<div class="share-links"><a href="#">Share on Facebook</a> <a href="#">Print this page</a></div>
<div class="credits"><div>Last updated 3/14/2025</div><div>Medically reviewed by Lakeside Clinical Review Board</div>
<div>This information is not a substitute for professional medical care.</div></div>
</div>
<div class="site-footer">Lakeside Health &middot; 100 Lake Road &middot; <a href="/privacy">Privacy Policy</a></div>
<script type="text/javascript">var _paq = [];</script>
</body></html>
"""#
}
