import { describe, expect, it } from 'vitest';
import { context, PROSE } from '../../../tests/helpers/context';
import { bare, removePromoBlocks } from './remove-promo-blocks';

/**
 * Fires on WCXB dev pages: 0488 (affiliate disclosure), 4373 ("Subscribe to get access"), 0402
 * ("Sign Up", "Subscribe"), 4052 ("You might like"), 0174 ("Newsletters"), 4589 ("See more in:"),
 * 4053 ("© 2025 Recharged. All Rights Reserved."), 4830 ("Credit: Wareable"); and the real wordings of
 * 4830 ("(Image credit: Wareable)"), 0458 ("Image Source: …", "The views expressed … are not necessarily
 * …"), 4106 ("Feature image by …"), 4117 (a copyright with a period inside), 0452 (the time after the
 * date), 4662 ("PIN FOR LATER"), 4472 ("… follow us on Facebook …"), 4589 ("RECOMMENDS"), 0461 ("By
 * posting a comment, you consent …", "↑ Back to Top"), 0355 ("TABLE OF CONTENTS"), 4064, 4072 (a
 * comparison table's controls), 0334, 0332 (disclosures), picture credits naming a site or a stock
 * agency (4148 "Photo credit: SewCanShe.com", 4503, 4048 "Photo: Hyundai", 0054, 4708 "Firn | Getty Images",
 * 0149, 0178; 4452, whose truth keeps its "Photo Credit: diydanielle.com" lines, loses 0.021), 0390 ("🚀 Sign up for …"), 0418 (a longer ask),
 * 0174, 0052 (newsletter asks), 4171, 4090; trust notes 4014, 4430; the jump link 1837.
 */
describe('remove-promo-blocks', () => {
  it('removes calls to action, notices and labels, each block on its own', () => {
    const lines = [
      'DISCLOSURE: If you buy through affiliate links, I may earn a small commission.',
      'Subscribe to get access',
      'Get a quote',
      'Schedule a call',
      'Join Example Plus to unlock this story',
      'Download the Example app',
      'This story originally appeared in Grist.',
      'We use cookies to improve your experience.',
      '12 Comments',
      'Sponsored',
      'Related video: Ten things to know',
      'Newsletters',
      // WCXB 4339: a search box's label without its field
      'Search',
      'Share this article',
      // WCXB 0107, 0097, 0133, 0010
      'Join our mailing list',
      'Join the Facebook group',
      'Stay connected with me!',
      'Advertisement - Continue Reading Below',
      'Products are chosen independently by our editors.',
      // WCXB 4698 (and 4130's boilerplate snippets)
      'We independently test everything we recommend.',
      'Buying through links on our site supports our work.',
      'We are a reader-supported website and do not accept payment from manufacturers to promote their products.',
      // WCXB 4845, 2362 (RSS feed footer); tests/fixtures/agg-autoblog-appeared-first
      'The post Ten ways to fix a slow laptop appeared first on Example Tech.',
      // WCXB 0823 ("- Advertising"); tests/fixtures/agg-tagdiv-newspaper
      '- Advertisement -',
      'Anzeige',
      // Ad labels and a Chinese portal's closing lines (held-out pages tests/fixtures/agg-nl-bron,
      // agg-pl-zrodlo, agg-zh-laiyuan): the editor in charge and the reprint disclaimer.
      'Advertentie',
      'REKLAMA',
      '广告',
      '(责任编辑：张晓峰_HD5128)',
      '声明：本文转载自中国新闻网，仅供参考，不代表本网观点。如有侵权，请联系本网删除。',
      // WCXB 0030, 0003 (consent lines under sign-up boxes); tests/fixtures/agg-deals-affiliate
      'By submitting your information you agree to the Terms & Conditions and Privacy Policy.',
      // WCXB 4665, 2841 ("Download on the App Store"); tests/fixtures/agg-id-baca-juga
      'Dapatkan update berita setiap hari. Download aplikasi Example di Google Play dan App Store.',
      // Cookie notices in other languages: WCXB 0548 (French), 0045, 0343, 0515 ("By continuing … cookies");
      // tests/fixtures/agg-fr-resume-lire-la-suite, agg-pt-leia-tambem, agg-de-meldungen-quelle
      "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
      'Utilizamos cookies essenciais e, ao continuar navegando, você concorda com estas condições.',
      'Wir verwenden Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.',
      'Sitemizde çerezler kullanılmaktadır.',
      // A newsletter box in French (tests/fixtures/agg-fr-resume-lire-la-suite)
      "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
      // The note under a summary site's summary (tests/fixtures/agg-topicwire-br-list)
      'We have summarized this news so that you can read it quickly.',
      // A news app's note that a program put the story there, in English and Hindi (held-out
      // tests/fixtures/agg-hi-teaser-full-story)
      'Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by Example.',
      'डिस्क्लेमर: यह खबर कंप्यूटर प्रोग्राम द्वारा स्वतः एकत्रित की गई है, समाचार सेतु ने इसे न तो लिखा है और न ही संपादित किया है। प्रकाशक: दैनिक जनप्रहरी',
      // Engagement, date and reading-time lines at a post's edges: WCXB 4562, 4640, 0442, 0107, 4511,
      // 2453, 4565, 0464, 4142, 4164, 0363, 4693, 4115, 0452, 4182, 1837
      'Subscribe to get the latest posts sent to your email.',
      "Like What You're Reading? Subscribe To The Monthly Newsletter!",
      'Would you like to receive notifications about new posts?',
      'Help me spread the word about this podcast!',
      'This story is funded by readers like you',
      'Sponsor this newsletter',
      'Add as a preferred source on Google',
      'Be the first to comment',
      'Pin this for later!',
      'Article Continues Below',
      'Search This Site',
      'Published June 23, 2025 10:39AM',
      'Posted by David at December 16, 2025',
      'Bridgestone Team | 5 min read',
      'Jump to the list',
      // Feed footers worded otherwise, AI-summary notes, feedback prompts, a store share, a "See all" link
      // left without its list, a screen-reader heading: tests/fixtures/agg-newsmatic-autoblog,
      // agg-keypoints-summary, agg-yonder-syndication
      'The article Divers clear tires from the reservoir was first published on The Example Observer.',
      'This summary was written with the help of AI and checked by an editor.',
      'Example News may receive a share from purchases made via links on this page.',
      'Was this summary helpful? Yes No',
      'See all education summaries',
      'Post navigation',
      // Asks and offers: WCXB 4371, 0418, 0005, 0166, 0097, 0221, 4159, 0031
      "Five Books interviews are expensive to produce. If you've enjoyed this interview, please support us by donating a small amount.",
      'Playful Void is a production of Idle Cartulary. If you liked this article, please consider liking, sharing, and subscribing to the newsletter.',
      'New customers get $300 in free credits to spend on Example Cloud.',
      'Stop Searching & Start Winning. Talk To Our Social Media Marketing Experts',
      'Begin learning a new language with Example! Unlock up to 55% OFF your subscription today!',
      'This article is exclusive to STAT+ subscribers',
      'Did you make one of my recipes? Please take a moment to leave a star rating.',
      'SHARE YOUR STORY',
      // An author box's label and name line (WCXB 0261, 4095)
      'About the Author',
      'Written by Cassidy Horton',
      // The real wordings on WCXB pages (see above).
      '(Image credit: Example)',
      'Image Source: Example Institute',
      // Credits naming a site or a stock agency (WCXB 4148, 4503, 4048, 0054, 4708, 0149, 0178).
      'Photo credit: ExampleCraft.com',
      'Image source: Getty Images.',
      'Photo: Example Motors',
      'Photo Illustration: Example Reports, Getty Images, Manufacturers',
      'Firn | Getty Images',
      'Getty Images / Jane Roe',
      'Example Images / Shutterstock',
      // A button's label (WCXB 4106, 0285, 0042, 0133, 0149, 4123, 4014…).
      'Learn More',
      'See the Rating',
      'Best Prices Today:',
      'Check Price',
      'Book now »',
      'Note: The views expressed on Example.org are not necessarily those of the Example Institute.',
      'Feature image by Example Collective, all other images via brands mentioned. Example publishes ratings.',
      '© Copyright 2004-2025 Jane Roe and Example Step®. All Rights Reserved.',
      // An Italian wire story's notice (agg-it-fonte-ansa).
      'Riproduzione riservata © Copyright ANSA',
      // A portal's slot and follow line inside the story (agg-portal-google-news).
      'Advertisement - scroll to continue',
      "Don't miss a story: follow Daily Brief on Google News.",
      'Posted by David at December 16, 2025 11:15 AM',
      'PIN FOR LATER',
      "Catch up on Example Select's in-depth coverage of tech, and follow us on Facebook, Instagram and TikTok to stay up to date.",
      'EXAMPLE RECOMMENDS',
      'By posting a comment, you consent to have your personally identifiable information collected.',
      '↑ Back to Top',
      'TABLE OF CONTENTS',
      'Select Up To 3',
      'Displaying 1 - 18 (scroll right to see all products)',
      'Advertiser Disclosure',
      'Many of the credit card offers on this site are from companies from which we may receive financial compensation when a customer clicks.',
      'Note: Some posts may contain affiliate links. Read more in our Privacy Policy.',
      '🚀 Sign up for The Example newsletter',
      'Example Void is a production of Example Cartulary. If you liked this article, please consider liking, sharing, and subscribing to the Example Digest Newsletter. If you want to support Example Cartulary continuing to provide reviews, please consider a one-off donation or becoming a regular supporter on Ko-fi.',
      'This story was produced by The Example Report, a nonprofit news organization. Sign up for Proof Points and other Example newsletters.',
      "Want to keep up with the latest sales trends from Example? The free weekly Example Insider email is the industry's top source.",
      'More "5 Tips" Posts',
      'Example Wealth Strategies, LLC is a registered investment adviser. Advisory services are only offered to clients.',
    ];
    const ctx = context(
      `<p>${PROSE}</p>${lines.map((l) => `<p>${l}</p>`).join('')}<div><span>Sign Up</span> <span>Subscribe</span></div><h3>You might like</h3>`,
    );
    ctx.apply(removePromoBlocks);
    expect(ctx.text()).toBe(PROSE);
  });

  it("removes the site's note on who wrote the guide, heading and section (WCXB 4014, 4430)", () => {
    const ctx = context(
      `<h2>The best laptops</h2><p>${PROSE}</p><h2>Who curated this article?</h2><p>Hi, I'm Jane, and I oversee all laptop coverage.</p><h2>How to choose</h2><p>${PROSE}</p><div><h2>Checking our work.</h2><p>Our team is here to help you buy the best stuff.</p></div>`,
    );
    ctx.apply(removePromoBlocks);
    expect(ctx.text()).toBe(`The best laptops ${PROSE} How to choose ${PROSE}`);
  });

  it('removes a link that jumps down the page, and keeps the sentence around it (WCXB 1837)', () => {
    const ctx = context(`<p><a href="#list">JUMP TO THE LIST ⤵</a> ${PROSE}</p>`);
    ctx.apply(removePromoBlocks);
    expect(ctx.text()).toBe(PROSE);
  });

  it('removes a heading that ends the article, and keeps one that heads text', () => {
    const ctx = context(
      `<h2>What happened</h2><p>${PROSE}</p><h2>More summaries</h2><div></div><h3>Latest</h3>`,
    );
    ctx.apply(removePromoBlocks);
    expect(ctx.text()).toBe(`What happened ${PROSE}`);
  });

  it('keeps a last heading followed by loose text or a picture, in a list item, or long (WCXB 4113, 4262; lazy-image-3)', () => {
    const ctx = context(
      `<p>${PROSE}</p><div><h3>my travel boots</h3>Sturdy leather, <a href="/b">resoled twice</a></div><h2>Test case</h2><p><img src="/a.jpg" alt=""></p><ul><li><h3>my sandals</h3></li></ul><h2>Contact Division of Corporations, State Records and Uniform Commercial Code</h2>`,
    );
    expect(ctx.apply(removePromoBlocks)).toEqual([]);
  });

  it("keeps a credit that is a part of a picture's caption, and takes a caption that is only a credit (WCXB 4708, 4148)", () => {
    const ctx = context(
      `<p>${PROSE}</p><figure><img src="/a.jpg" alt=""><figcaption>The north quay at dawn, before the ferries returned. <small>Photo: Port Authority</small></figcaption></figure><figure><img src="/b.jpg" alt=""><figcaption><span><p>Firn | Getty Images</p></span></figcaption></figure>`,
    );
    ctx.apply(removePromoBlocks);
    expect(ctx.doc.querySelectorAll('figcaption')).toHaveLength(1);
    expect(ctx.text()).toContain('Photo: Port Authority');
    expect(ctx.text()).not.toContain('Getty Images');
  });

  it('keeps prose that mentions the same words', () => {
    const ctx = context(
      '<p>If you liked the old bridge, the council said, you will love the new one.</p><p>Readers who subscribe to the paper get a quote from the mayor every week.</p><p>We use cookies, she said, only for the login.</p><h2>More</h2><p>Join the club to unlock the garden gate, the sign said.</p><p>The regulator said apps sold through Google Play and the App Store must show their prices.</p><p>By continuing the talks, both sides hope to reach a deal on cookies and crackers by June.</p><p>The advertisement ran for six weeks.</p><p>Millions of people follow the singer on Instagram.</p><p>Learn more about the bridge at the library.</p><p>Buy: <a href="/a">check price at Example Shop</a>, <a href="/b">check price at Example Market</a></p><p>Shutterstock’s new tool will pay artists. Photo: the agency said so.</p><p>Getty Images / Shutterstock and Alamy: three agencies, one market, and a price war that has run since the spring.</p>',
    );
    expect(ctx.apply(removePromoBlocks)).toEqual([]);
  });

  it('strips the pictographs and arrows around a label, by code point, as the expression it replaces', () => {
    const expression = /^[^\p{L}\p{N}©(#$€£-]+|[^\p{L}\p{N}.!?)%-]+$/gu;
    for (const text of [
      '🚀 Sign up for The Replay newsletter',
      '↑ Back to Top',
      '» Read more ›',
      '© 2025 Example. All Rights Reserved.',
      '(Image credit: Wareable)',
      '-- Advertisement --',
      '→ → →',
      '',
      '😀',
      '\ud83d lone high, lone low \ude80',
      '中文 标签 »',
      '"Quoted"',
    ])
      expect(bare(text)).toBe(text.replace(expression, ''));
    expect(bare('🚀 Sign up →')).toBe('Sign up');
  });
});
