import Testing
@testable import HLSpeakKit

/// What a sentence says in passing about a noun (between dashes, in brackets, after ", called"),
/// said after the sentence; and the joints found on pages the simplifier was not built on.
@Suite struct NounAsideTests {
    let rules = SentenceRewrites(swaps: [], classes: TestSupport.classes, maxWords: 15)

    @Test func aDescriptionBetweenDashesIsSaidAfterTheSentence() {
        #expect(rules.splitLong("After the scan, a radiologist—a doctor who specializes in medical imaging—looks at the pictures and writes a report.")
                == ["After the scan, a radiologist looks at the pictures and writes a report.",
                    "A radiologist is a doctor who specializes in medical imaging."])
        #expect(rules.splitLong("The surgeon makes a few small cuts in the belly and puts in a laparoscope—a thin tube with a tiny camera on the end.")
                == ["The surgeon makes a few small cuts in the belly and puts in a laparoscope.",
                    "A laparoscope is a thin tube with a tiny camera on the end."])
        #expect(rules.splitLong("Cholangiography—also called a bile duct x-ray or a cholangiogram—shows whether stones are blocking the ducts.")
                == ["Cholangiography shows whether stones are blocking the ducts.",
                    "Cholangiography is also called a bile duct x-ray or a cholangiogram."])
        // Typed as two hyphens, the same dash.
        #expect(rules.splitLong("The tube goes into the windpipe -- the airway that carries air to the lungs -- and stays there for a few days.")?
            .last == "The windpipe is the airway that carries air to the lungs.")
    }

    @Test func whatIsNoDescriptionOfTheNounStaysBetweenItsDashes() {
        #expect(rules.dashAside("Eating small meals, drinking water, and walking after a meal—instead of lying down—may help with your symptoms.") == nil,
                "no noun before the aside, and the aside is no description")
        #expect(rules.dashAside("Some people feel better after a week—the rest take longer to recover from the infection.") == nil,
                "a clause with a verb of its own, not a description")
        #expect(rules.dashAside("The doctor uses an instrument with a light—a laparoscope—to look inside the belly and the pelvis.") == nil,
                "after 'with', the name may be the whole instrument's")
        #expect(rules.dashAside("Her symptoms got worse over time—known as a flare—and then got better after treatment.") == nil,
                "no noun named before the dash")
        #expect(rules.dashAside("Sometimes—a few days after the first dose—the rash comes back on the arms and the legs.") == nil,
                "'Sometimes' says when; it names nothing to describe")
        #expect(rules.dashAside("You—the parent of a child with the condition—can ask the nurse for a plan to take home.") == nil,
                "a pronoun takes no description as a subject would ('You is …')")
    }

    @Test func aDescriptionOrNameInBracketsIsSaidAfterTheSentence() {
        #expect(rules.splitLong("If the tear is deep or the woman had an episiotomy (a surgical cut between the vagina and anus), her provider will repair it.")
                == ["If the tear is deep or the woman had an episiotomy, her provider will repair it.",
                    "An episiotomy is a surgical cut between the vagina and anus."])
        #expect(rules.splitLong("For the skin test, the nurse puts a fluid (called tuberculin) under the skin on the lower part of the arm.")
                == ["For the skin test, the nurse puts a fluid under the skin on the lower part of the arm.", "The fluid is called tuberculin."])
        #expect(rules.bracketAside("You may be tired for weeks and have fatigue (tiredness) that does not go away with rest.") == nil,
                "a gloss of a word stays where it is")
        #expect(rules.bracketAside("The test looks for extra protein in the urine (called proteinuria) and for other signs of the condition.") == nil,
                "after a place, the name is the whole phrase's, not the urine's")
    }

    @Test func aNameBetweenCommasIsSaidAfterTheSentence() {
        #expect(rules.calledAside("Surgery to remove the gallbladder, called cholecystectomy, is one of the most common operations in adults.")
                == ["Surgery to remove the gallbladder is one of the most common operations in adults.",
                    "Surgery to remove the gallbladder is called cholecystectomy."])
        #expect(rules.calledAside("The scan uses a handheld device, called a transducer, that sends sound waves into the body.")
                == ["The scan uses a handheld device that sends sound waves into the body.", "The handheld device is called a transducer."])
        #expect(rules.calledAside("The surgeon uses a thin viewing tube with a light, called a laparoscope, to look at the organs.") == nil,
                "after 'with', the name may be the tube's")
        #expect(rules.calledAside("The nurse, called to the room by the alarm, checked the baby's breathing and heart rate.") == nil,
                "'called to' is a verb, not a name")
    }

    @Test func clausesWithANounSubjectAreCutAfterASeries() {
        #expect(rules.splitLong("A trained technician does the test in a provider's office, an outpatient center, or a hospital, and a radiologist reads the pictures.")
                == ["A trained technician does the test in a provider's office, an outpatient center, or a hospital.", "A radiologist reads the pictures."])
        #expect(rules.splitLong("Your doctor may check your blood pressure, your weight, and a few other things, and a few days later you get the results.") == nil,
                "'a few' is many things: what follows it is no verb")
    }

    @Test func aConditionWithItsClauseThenAConditionOfItsOwnIsCutAtTheSemicolon() {
        #expect(rules.splitLong("If the drugs are stopped too soon, the infection can come back; if they are not taken correctly, the germs may stop responding to them.")
                == ["If the drugs are stopped too soon, the infection can come back.",
                    "If they are not taken correctly, the germs may stop responding to them."])
        #expect(rules.splitLong("If you have a fever; a cough that will not go away; or pain in your chest, call your doctor right away.") == nil,
                "the semicolons of a condition's list")
    }

    @Test func aSeriesAfterThroughIsAList() throws {
        let list = try #require(rules.seriesList("The condition is diagnosed through a physical exam, a health history, blood tests, and an ultrasound."))
        #expect(list.intro == "The condition is diagnosed through:")
        #expect(list.items == ["A physical exam.", "A health history.", "Blood tests.", "An ultrasound."])
    }

    @Test func aResultThatGivesIsSaidAsASentence() {
        #expect(rules.splitLong("The camera sends a magnified picture from inside the body to a video screen, giving the surgeon a close view of the organs.")
                == ["The camera sends a magnified picture from inside the body to a video screen.", "This gives the surgeon a close view of the organs."])
    }

    @Test func whatFollowsIsSaidAsASentence() {
        #expect(rules.splitLong("Treatment starts with a first phase of 2 months, followed by a second phase of 4 or 7 months with fewer drugs.")
                == ["Treatment starts with a first phase of 2 months.", "This is followed by a second phase of 4 or 7 months with fewer drugs."])
        #expect(rules.splitLong("You may have a fever, followed by a rash on the chest, back, and face a few days later.") == nil,
                "what follows holds a series of its own")
    }

    @Test func whatATermInBracketsMeansIsSaidAfterTheSentence() {
        #expect(rules.splitLong("Later in the illness you may notice tiredness, loss of appetite, nausea (feeling sick to your stomach), and itchy skin.")
                == ["Later in the illness you may notice tiredness, loss of appetite, nausea, and itchy skin.",
                    "Nausea means feeling sick to your stomach."])
        #expect(rules.splitLong("A few medicines, like lamotrigine (a seizure medicine), lithium (a mood stabilizer), and clozapine (an antipsychotic medicine), can cause it.")
                == ["A few medicines, like lamotrigine, lithium, and clozapine, can cause it.", "Lamotrigine is a seizure medicine.",
                    "Lithium is a mood stabilizer.", "Clozapine is an antipsychotic medicine."],
                "after 'and', one thing's meaning, where each item has its own")
        #expect(rules.splitLong("In some children the doctor finds papillomas (small growths like warts) on the vocal cords during the exam.")
                == ["In some children the doctor finds papillomas on the vocal cords during the exam.",
                    "Papillomas are small growths like warts."], "a plural term is what its meaning is")
    }

    @Test func bracketsThatSayNoMeaningStayWhereTheyAre() {
        for sentence in [
            "Most of the time the bladder fills and empties on its own, but some people pass urine more often (every hour or less often) at night.",
            "The doctor may offer surgery to adults who are obese (a body mass index of 40 or higher) when diet has not worked.",
            "Children with the condition often have seizures (usually starting in the first year) and trouble learning to walk.",
            "Babies with the condition may have jaundice (occurring in the first days after birth) and need light treatment in the hospital.",
            "Your doctor may talk with you about cholangitis (pronounced koh-lan-JY-tis) and how it is treated in adults.",
            "Fatty plaque can narrow the arteries that carry blood to the legs, arms, and pelvis (a disease of the blood vessels) over many years.",
            "The list of cancers linked to smoking runs long: throat cancer mouth cancer stomach cancer (cancer of the stomach) and more.",
            "A loss of appetite (not wanting to eat) can be one of the first signs of the illness in older adults.",
        ] {
            #expect(rules.glossAside(sentence) == nil, "\(sentence)")
        }
    }

    @Test func aMeaningFollowsEveryPieceOfItsSentence() {
        let text = PlainLanguageTests.simplified([
            "The nurse may show you how to wear a vest that helps move mucus (a sticky fluid made in the airways) out of the lungs, so you can cough it up more easily."])
        #expect(text.hasSuffix("you can cough it up more easily. Mucus is a sticky fluid made in the airways."), "\(text)")
    }

    @Test func aDescriptionAfterTheLastCommaIsASentenceOfItsOwn() {
        #expect(rules.endingAppositive("To enter cells, glucose needs the help of insulin, a hormone made by the pancreas.")
                == ["To enter cells, glucose needs the help of insulin.", "Insulin is a hormone made by the pancreas."])
        #expect(rules.endingAppositive("The patient will stand in front of an x-ray machine and drink barium, a chalky liquid.")?.last
                == "Barium is a chalky liquid.")
        #expect(rules.endingAppositive("Insulin is a hormone made in your pancreas, an organ behind your stomach.")?.last
                == "Your pancreas is an organ behind your stomach.", "'pancreas' is one thing")
        #expect(rules.endingAppositive("A few cases of ED result from low testosterone, a male hormone.")?.last
                == "Testosterone is a male hormone.", "how much of it is no part of what it is")
        #expect(rules.endingAppositive("Most babies with this problem are much smaller than other babies of the same age, a condition called growth restriction.")?.last
                == "This is a condition called growth restriction.", "a condition describes the whole clause")
        #expect(rules.endingAppositive("In people with this syndrome, the intestine can't absorb enough water, vitamins, minerals, and other nutrients, a condition called malabsorption.")
                == ["In people with this syndrome, the intestine can't absorb enough water, vitamins, minerals, and other nutrients.",
                    "This is a condition called malabsorption."], "after a series, what the whole clause describes")
    }

    @Test func whatIsNoDescriptionAfterTheLastCommaStays() {
        #expect(rules.endingAppositive("Symptoms of the infection include fever, cough, a rash, a headache.") == nil, "a series")
        #expect(rules.endingAppositive("After the surgery the blood becomes thick, a dark red.") == nil, "after 'becomes' a word says how")
        #expect(rules.endingAppositive("Most children get better within a week, a nurse will call you.") == nil, "a helper verb inside it: a clause")
        #expect(rules.endingAppositive("In people with the kind that is linked to the malformation, a procedure that removes bone helps.") == nil,
                "the comma closes an opening phrase")
        #expect(rules.endingAppositive("If you take nitrates, a type of heart medicine.") == nil, "no clause before it")
    }
}
